/* typed.c — values typed for options (see typed.h). */
#include "ocop/rules.h"
#include "ocop/typed.h"
#include "ocop/util.h"

int typed_date(const char *text, const char *option, bool allow_partial,
	       struct ocop_date *out, struct diag_list *dl)
{
	struct ocop_date today = date_today();
	char buf[DATE_ISO_MAX];

	if (!text) {
		*out = today;
		return 0;
	}
	if (date_parse_cli(text, out) &&
	    (!allow_partial || date_parse_iso(text, true, out))) {
		diag_error(dl, NULL, 0, 0, _("%s: '%s' is not a date"), option, text);
		diag_hint(dl, allow_partial ?
			  _("write it as YYYY-MM-DD or dd/mm/yyyy (or YYYY-MM, YYYY from an old register)") :
			  _("write it as YYYY-MM-DD or dd/mm/yyyy"));
		return -1;
	}
	if (date_cmp(out, &today) > 0) {
		date_format_iso(out, buf);
		return diag_error(dl, NULL, 0, 0, _("%s: %s is in the future"),
				  option, buf);
	}
	return 0;
}

int typed_step(const char *text, const char *option, int *step,
	       struct diag_list *dl)
{
	const char *suggestion = NULL;

	if (!rules_step_parse(text, step, &suggestion))
		return 0;
	diag_error(dl, NULL, 0, 0, _("%s: unknown step '%s'"), option, text);
	if (suggestion)
		diag_hint(dl, _("did you mean '%s'?"), suggestion);
	else
		diag_hint(dl, _("a step is 1–6, or guidance, idea, plan, implement, evaluate, promote"));
	return -1;
}
