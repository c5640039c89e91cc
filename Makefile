# ocop — build, test, install.  See README.md.
#
# Libraries come from pkg-config (libyaml, ICU, cmocka, libxlsxwriter,
# libzip, expat, libqrencode); libcsv ships no .pc file on Debian, so CSV_CFLAGS/CSV_LIBS
# are plain variables to override.

CC      ?= cc
PKG_CONFIG ?= pkg-config
CSTD     = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN     = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wformat=2 -Wno-format-nonliteral
OPT     ?= -O2 -g
CSV_CFLAGS ?=
CSV_LIBS   ?= -lcsv
PKGS     = yaml-0.1 icu-uc icu-i18n xlsxwriter libzip expat libqrencode
VERSION  = 0.1.0

# Debian packages that provide what the build needs; `make deps` installs the
# missing ones (as root) or names them.
DEB_PKGS = build-essential pkg-config libyaml-dev libicu-dev libcsv-dev \
           libcmocka-dev gettext mandoc libxlsxwriter-dev unzip libzip-dev \
           libexpat1-dev libqrencode-dev zbar-tools

CFLAGS  ?= $(OPT)
ALL_CFLAGS = $(CSTD) $(WARN) $(CFLAGS) -Iinclude -Isrc $(CSV_CFLAGS) \
             $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null) \
             -DOCOP_VERSION='"$(VERSION)"' \
             $(if $(ZIP_SONAME),-DOCOP_ZIP_SONAME='"$(ZIP_SONAME)"') \
             $(if $(XLSX_SONAME),-DOCOP_XLSX_SONAME='"$(XLSX_SONAME)"') \
             $(if $(QR_SONAME),-DOCOP_QR_SONAME='"$(QR_SONAME)"')
# libzip and libxlsxwriter are not linked either: they bring libcrypto
# (and minizip), 2 to 17 ms at every start for what only an .xlsx import
# or --format xlsx needs (src/lib/zipdl.h, xlsxdl.h); nor libqrencode,
# up to 0.1 ms for what only label and site need (qrdl.h); libocop opens
# the sonames it was built against.
soname = $(shell objdump -p "$$($(CC) -print-file-name=$(1))" 2>/dev/null | \
           sed -n 's/^ *SONAME *//p')
ZIP_SONAME := $(call soname,libzip.so)
XLSX_SONAME := $(call soname,libxlsxwriter.so)
QR_SONAME := $(call soname,libqrencode.so)
# ICU is not linked: libocop opens it when first needed (src/lib/icu.h), to
# spare each process the 3 ms its symbols cost the dynamic linker.  The
# unit tests link it, to check ocop's tables against it, libzip, to write
# the workbooks they read, and zlib, to unzip the ones ocop writes.
LIBS     = $(shell $(PKG_CONFIG) --libs yaml-0.1 expat 2>/dev/null) $(CSV_LIBS) -ldl -lpthread
TEST_LIBS = $(shell $(PKG_CONFIG) --libs cmocka icu-uc icu-i18n libzip zlib 2>/dev/null)

B        ?= build
BIN      ?= bin

LIB_SRC  = $(sort $(wildcard src/lib/*.c))
CMD_SRC  = $(sort $(wildcard src/cmd/*.c))
LIB_OBJ  = $(LIB_SRC:src/lib/%.c=$(B)/lib/%.o)
CMD_OBJ  = $(CMD_SRC:src/cmd/%.c=$(B)/cmd/%.o) $(B)/ocop.o $(B)/common.o $(B)/complete.o
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all deps deps-quiet check-asan-build check check-unit check-cli check-corpus check-asan demo clean \
        lint-man install uninstall latin-table check-clients deps-clients

all: deps-quiet $(BIN)/ocop

$(BIN)/ocop: $(CMD_OBJ) $(B)/libocop.a
	@mkdir -p $(BIN)
	$(CC) $(ALL_CFLAGS) -o $@ $(CMD_OBJ) $(B)/libocop.a $(LIBS)

$(B)/libocop.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(B)/%.o: src/%.c $(wildcard include/ocop/*.h src/lib/*.h) Makefile
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/tests/%: tests/unit/%.c $(B)/libocop.a $(wildcard include/ocop/*.h tests/unit/*.h tests/hostile-xlsx/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libocop.a $(LIBS) $(TEST_LIBS)

# latin-table: remake src/lib/latin.h from this machine's ICU (test_text
# fails when the table and ICU disagree).
latin-table:
	@mkdir -p $(B)/tools
	$(CC) $(ALL_CFLAGS) -o $(B)/tools/gen-latin tools/gen-latin.c \
		$(shell $(PKG_CONFIG) --libs icu-uc 2>/dev/null)
	$(B)/tools/gen-latin >src/lib/latin.h

# deps: install what pkg-config (or the compiler, for libcsv) cannot find.
deps:
	@sh tests/deps.sh $(DEB_PKGS)
deps-quiet:
	@sh tests/deps.sh --quiet $(DEB_PKGS)

check: deps
	@$(MAKE) --no-print-directory all $(UNIT_BIN)
	@$(MAKE) --no-print-directory check-asan-build
	@sh tests/run-all.sh "$(B)" "$(BIN)/ocop" "$(B)/asan"

check-unit: all $(UNIT_BIN)
	@sh tests/run-unit.sh $(UNIT_BIN)

check-cli: all
	@sh tests/cli/run.sh $(BIN)/ocop

check-corpus: all
	@sh tests/corpus.sh $(BIN)/ocop

# The outputs in the clients an office opens them with (tests/clients.sh):
# Chromium prints every report's page to PDF, pdftotext reads it back,
# LibreOffice opens the --excel CSV and the workbooks.  `make check` runs
# it when the three are installed and says it skipped it when not;
# `make deps-clients` installs them.
CLIENT_PKGS = chromium poppler-utils libreoffice-calc-nogui
check-clients: all
	@sh tests/clients.sh $(BIN)/ocop

deps-clients:
	@sh tests/deps.sh $(CLIENT_PKGS)

# The same code again under AddressSanitizer and UndefinedBehaviorSanitizer,
# in its own build directory.
SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
            -fno-sanitize-recover=all
# The catalogue beside the ASan binary too (../locale, as ocop.c looks),
# so its --lang vi tests speak Vietnamese.
check-asan-build:
	@$(MAKE) --no-print-directory B=$(B)/asan BIN=$(B)/asan/bin \
	    CFLAGS="$(SAN_FLAGS)" $(B)/asan/bin/ocop \
	    $(UNIT_SRC:tests/unit/%.c=$(B)/asan/tests/%) \
	    $(MO_FILES:$(B)/%=$(B)/asan/%)

check-asan: deps check-asan-build
	@sh tests/run-all.sh "$(B)/asan" "$(B)/asan/bin/ocop"

demo: deps all
	@sh tests/demo.sh $(BIN)/ocop

# data/: the bundled Nghĩa Lộ data directory, rebuilt from data/source/ by
# ocop's own import (see data/source/README.md).
.PHONY: data
data: all
	@sh tests/build-data.sh $(BIN)/ocop

lint-man:
	@for m in man/*.[15]; do mandoc -Tlint -Wwarning $$m || exit 1; done

clean:
	rm -rf $(B) $(BIN)

# Further targets, one file a concern: bench (make bench), fuzz and
# torture (make fuzz, make torture, make check-valgrind), install.
-include $(sort $(wildcard mk/*.mk))
