# install.mk — make install, make uninstall; the translations (po/).
#
#   make install [PREFIX=/usr/local] [DESTDIR=/tmp/stage] [BINDIR=…] [MANDIR=…]
#   make uninstall            the same variables; removes what install put
#   make pot                  po/ocop.pot from the sources (xgettext)
#   make po-update            merge po/ocop.pot into every po/*.po (msgmerge)
#
# Every installed path is prefixed with $(DESTDIR), which is never set here
# (GNU's staged installs).  The binary finds its catalogue and manual pages
# beside itself (bin/../share/), so an install under another PREFIX than
# the one it was built with works too.

PREFIX      ?= /usr/local
BINDIR      ?= $(PREFIX)/bin
DATAROOTDIR ?= $(PREFIX)/share
MANDIR      ?= $(DATAROOTDIR)/man
LOCALEDIR   ?= $(DATAROOTDIR)/locale
BASHCOMPDIR ?= $(DATAROOTDIR)/bash-completion/completions
ZSHCOMPDIR  ?= $(DATAROOTDIR)/zsh/site-functions
INSTALL     ?= install
MSGFMT      ?= msgfmt
MSGMERGE    ?= msgmerge
XGETTEXT    ?= xgettext

LINGUAS   = $(sort $(basename $(notdir $(wildcard po/*.po))))
MO_FILES  = $(LINGUAS:%=$(B)/locale/%/LC_MESSAGES/ocop.mo)
MAN_PAGES = $(sort $(wildcard man/*.[1-8]))
NLS_SRC   = src/ocop.c src/common.c src/complete.c $(CMD_SRC) $(LIB_SRC)

# gettext: messages through _() (include/ocop/util.h), the catalogue's
# installed place, and the manual's for `ocop help COMMAND`.
ALL_CFLAGS += -DENABLE_NLS -DLOCALEDIR='"$(LOCALEDIR)"' -DMANDIR='"$(MANDIR)"'
# Objects built before these flags (or with others) are built again.
$(LIB_OBJ) $(CMD_OBJ): mk/install.mk

.PHONY: pot po-update

all: $(MO_FILES)

$(B)/locale/%/LC_MESSAGES/ocop.mo: po/%.po
	@mkdir -p $(dir $@)
	$(MSGFMT) --check -o $@ $<

pot: po/ocop.pot
po/ocop.pot: $(NLS_SRC)
	$(XGETTEXT) --keyword=_ --keyword=N_ --language=C --from-code=UTF-8 \
	    --add-comments=TRANSLATORS: --add-location=file --sort-by-file \
	    --package-name=ocop --package-version=$(VERSION) \
	    --msgid-bugs-address= -o $@ $(NLS_SRC)

po-update: po/ocop.pot
	@for p in po/*.po; do \
	    $(MSGMERGE) --quiet --update --backup=none --add-location=file "$$p" po/ocop.pot || exit 1; \
	done

install: all
	$(INSTALL) -d '$(DESTDIR)$(BINDIR)' '$(DESTDIR)$(BASHCOMPDIR)' '$(DESTDIR)$(ZSHCOMPDIR)'
	$(INSTALL) -m 755 $(BIN)/ocop '$(DESTDIR)$(BINDIR)/ocop'
	@for m in $(MAN_PAGES); do \
	    d='$(DESTDIR)$(MANDIR)'/man$${m##*.}; \
	    echo "$(INSTALL) -m 644 $$m $$d/"; \
	    $(INSTALL) -d "$$d" && $(INSTALL) -m 644 "$$m" "$$d/" || exit 1; \
	done
	$(INSTALL) -m 644 completion/ocop.bash '$(DESTDIR)$(BASHCOMPDIR)/ocop'
	$(INSTALL) -m 644 completion/_ocop '$(DESTDIR)$(ZSHCOMPDIR)/_ocop'
	@for l in $(LINGUAS); do \
	    d='$(DESTDIR)$(LOCALEDIR)'/$$l/LC_MESSAGES; \
	    echo "$(INSTALL) -m 644 $(B)/locale/$$l/LC_MESSAGES/ocop.mo $$d/ocop.mo"; \
	    $(INSTALL) -d "$$d" && \
	    $(INSTALL) -m 644 $(B)/locale/$$l/LC_MESSAGES/ocop.mo "$$d/ocop.mo" || exit 1; \
	done
	@# bash loads the completion through the bash-completion package: on
	@# the machine itself (no DESTDIR) it is installed when missing, as
	@# `make check` installs what it needs (as root), else named.
	@[ -n '$(DESTDIR)' ] || sh tests/deps.sh --quiet bash-completion || \
	    echo "install: note: bash completes ocop once the bash-completion package is installed" >&2

uninstall:
	rm -f '$(DESTDIR)$(BINDIR)/ocop' '$(DESTDIR)$(BASHCOMPDIR)/ocop' '$(DESTDIR)$(ZSHCOMPDIR)/_ocop'
	@for m in $(MAN_PAGES); do \
	    f='$(DESTDIR)$(MANDIR)'/man$${m##*.}/$${m##*/}; \
	    echo "rm -f $$f"; rm -f "$$f"; \
	done
	@for l in $(LINGUAS); do \
	    f='$(DESTDIR)$(LOCALEDIR)'/$$l/LC_MESSAGES/ocop.mo; \
	    echo "rm -f $$f"; rm -f "$$f"; \
	done
