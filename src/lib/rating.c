/* rating.c — the ward's assessment, the council's score, recognitions (see rating.h). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/rating.h"
#include "ocop/rules.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"

static const char *const part_names[3] = { "a", "b", "c" };

long rating_total(const struct evaluation *e)
{
	return e->score[0] + e->score[1] + e->score[2];
}

/* An old register's copy: its date known to the month or year, no score. */
static bool register_copy(bool has_score, const struct ocop_date *d)
{
	return !has_score && d->prec != DATE_DAY;
}

bool rating_from_register(const struct evaluation *e)
{
	return e->level != LEVEL_WARD && register_copy(e->has_score, &e->date);
}

bool rating_is_recognition(const struct evaluation *e)
{
	return (e->level == LEVEL_PROVINCE || e->level == LEVEL_CENTRAL ||
		e->level == LEVEL_DISTRICT) &&
	       e->stars >= CERTIFIED_MIN_STARS &&
	       (e->decision || rating_from_register(e));
}

bool rating_in_force_on(const struct evaluation *e, const struct ocop_date *d)
{
	struct ocop_date end = rating_expires(e);

	return rating_is_recognition(e) && date_cmp(&e->date, d) <= 0 &&
	       !(e->revoked && date_cmp(&e->revoked_date, d) <= 0) &&
	       !date_ended(&end, d);
}

bool rating_product_in_force_on(const struct product *p,
				const struct ocop_date *d)
{
	size_t i;

	for (i = 0; i < p->nevals; i++)
		if (rating_in_force_on(&p->evals[i], d))
			return true;
	return false;
}

/* The step the product stood at on day d (0 before its first entry). */
static int step_on(const struct product *p, const struct ocop_date *d)
{
	int step = 0;
	size_t i;

	for (i = 0; i < p->ncycle && date_cmp(&p->cycle[i].date, d) <= 0; i++)
		step = p->cycle[i].step;
	return step;
}

static struct node *evaluations_of(struct record *r)
{
	struct node *list = node_get(r->doc.root, "evaluations");

	if (!list || list->kind != NODE_SEQUENCE) {
		list = node_new_sequence(&r->doc);
		node_set(&r->doc, r->doc.root, "evaluations", list);
	}
	return list;
}

static void put_date(struct node_doc *doc, struct node *map, const char *key,
		     const struct ocop_date *d)
{
	char buf[DATE_ISO_MAX];

	date_format_iso(d, buf);
	node_set_str(doc, map, key, buf, STYLE_PLAIN);
}

static void put_str(struct node_doc *doc, struct node *map, const char *key,
		    const char *v)
{
	if (v && *v)
		node_set_str(doc, map, key, v, STYLE_AUTO);
}

int rating_add_ward(struct record *r, const struct ward_input *in,
		    struct diag_list *dl)
{
	struct node_doc *doc = &r->doc;
	struct node *e = node_new_mapping(doc), *crit = node_new_mapping(doc);
	int i;

	(void)dl;
	node_set_str(doc, e, "level", "ward", STYLE_PLAIN);
	put_date(doc, e, "date", &in->date);
	put_str(doc, e, "report", in->report);
	for (i = 0; i < CRITERIA_COUNT; i++)
		node_set_str(doc, crit, criterion_slug(i),
			     in->fails[i] ? "fail" : "pass", STYLE_PLAIN);
	node_set(doc, e, "criteria", crit);
	put_str(doc, e, "note", in->note);
	node_append(doc, evaluations_of(r), e);
	return 0;
}

/*
 * The scoring rules (the parts' maxima, the star bands) an evaluation is
 * judged by: those of the basis it names, else those in force on its date.
 */
static const struct rule_set *scoring_rules(const char *basis,
					    const struct ocop_date *date)
{
	return basis ? rules_by_basis(basis) : rules_in_force_by_end(date);
}

/*
 * The process (who assesses, who recognises what) is the one in force on
 * the date, whatever scoring basis is named: 1489/QĐ-TTg changed who
 * evaluates from 2025-07-06 without changing the parts.
 */
static const struct rule_set *process_rules(const struct ocop_date *date)
{
	return rules_in_force_by_end(date);
}

int rating_score_stars(const struct evaluation *e)
{
	const struct rule_set *rs = scoring_rules(e->basis, &e->date);

	return rules_stars_for(rs ? rs : process_rules(&e->date), rating_total(e));
}

struct ocop_date rating_expires(const struct evaluation *e)
{
	return e->has_expires ? e->expires :
	       rules_certificate_expiry(&e->date, NULL);
}

/* --- the members' scores --------------------------------------------------------- */

/* s without the blanks around it (s is changed). */
static char *trim(char *s)
{
	char *end;

	while (*s == ' ' || *s == '\t' || *s == '\r')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		*--end = '\0';
	return s;
}

static int parse_member(char *line, const char *where, size_t lineno,
			struct member_score *m, struct diag_list *dl)
{
	char *typed = xstrdup(line), *fields[5], *p = line;
	size_t n = 0, i, first;
	int ret = 0;

	while (n < 5 && (fields[n] = strsep(&p, ",;")))
		n++;
	m->name = NULL;
	if (n != 3 && n != 4) {
		ret = diag_error(dl, where, (unsigned)lineno, 0,
				 _("'%s' is not A,B,C or NAME,A,B,C"), typed);
		goto out;
	}
	first = n - 3;
	for (i = 0; i < 3; i++) {
		char *part = trim(fields[first + i]);

		if (decimal_parse(part, &m->score[i]) || m->score[i] < 0) {
			ret = diag_error(dl, where, (unsigned)lineno, 0,
					 _("part %c: '%s' is not a number with at most two decimals"),
					 'A' + (int)i, part);
			goto out;
		}
	}
	if (first && *trim(fields[0]))
		m->name = xstrdup(trim(fields[0]));
out:
	free(typed);
	return ret;
}

int rating_parse_members(const char *text, const char *where,
			 struct member_score **members, size_t *n,
			 struct diag_list *dl)
{
	char *copy = xstrdup(text), *p = copy, *line;
	size_t lineno = 0;
	int ret = 0;

	while ((line = strsep(&p, "\n"))) {
		struct member_score m;

		lineno++;
		line = trim(line);
		if (!*line || *line == '#')
			continue;
		if (parse_member(line, where, lineno, &m, dl)) {
			ret = -1;
			break;
		}
		*members = xrealloc(*members, (*n + 1) * sizeof(**members));
		(*members)[(*n)++] = m;
	}
	free(copy);
	return ret;
}

void member_scores_release(struct member_score *members, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(members[i].name);
	free(members);
}

void rating_average(const struct member_score *members, size_t n,
		    long average[3])
{
	size_t i, j;

	for (j = 0; j < 3; j++) {
		long sum = 0;

		for (i = 0; i < n; i++)
			sum += members[i].score[j];
		/* Half up: sum/n + 1/2, in whole hundredths (scores are >= 0). */
		average[j] = (2 * sum + (long)n) / (2 * (long)n);
	}
}

/*
 * The first part of m over its maximum under rs (0 for A), or -1; got and
 * max are then that part and its maximum, written for a message.
 */
static int member_over_max(const struct member_score *m,
			   const struct rule_set *rs, char got[32], char max[32])
{
	int j;

	for (j = 0; j < 3; j++)
		if (m->score[j] > (long)rs->part_max[j] * 100) {
			decimal_format(m->score[j], got);
			snprintf(max, 32, "%d", rs->part_max[j]);
			return j;
		}
	return -1;
}

/* "{a: 30, b: 18.58, c: 25}", as a file writes a score. */
static void format_parts(const long part[3], struct strbuf *sb)
{
	char buf[32];
	int j;

	strbuf_addch(sb, '{');
	for (j = 0; j < 3; j++) {
		decimal_format(part[j], buf);
		strbuf_addf(sb, "%s%s: %s", j ? ", " : "", part_names[j], buf);
	}
	strbuf_addch(sb, '}');
}

/* Each member's parts within the maxima of rs; the list kept on e. */
static int put_members(struct node_doc *doc, struct node *e,
		       const struct council_input *in,
		       const struct rule_set *rs, struct diag_list *dl)
{
	struct node *list = node_new_sequence(doc), *item;
	char buf[32], max[32];
	size_t i;
	int j;

	for (i = 0; i < in->nmembers; i++) {
		const struct member_score *m = &in->members[i];

		if ((j = member_over_max(m, rs, buf, max)) >= 0)
			return diag_error(dl, NULL, 0, 0,
					  _("member %zu%s%s%s: part %c is %s, over its maximum of %s under %s"),
					  i + 1, m->name ? " (" : "",
					  m->name ? m->name : "", m->name ? ")" : "",
					  'A' + j, buf, max, rs->basis);
		item = node_new_mapping(doc);
		put_str(doc, item, "name", m->name);
		for (j = 0; j < 3; j++) {
			decimal_format(m->score[j], buf);
			node_set_str(doc, item, part_names[j], buf, STYLE_PLAIN);
		}
		node_append(doc, list, item);
	}
	node_set(doc, e, "members", list);
	return 0;
}

int rating_add_council(struct record *r, const struct council_input *in,
		       const char *province, struct diag_list *dl)
{
	const struct rule_set *rs = scoring_rules(in->basis, &in->date), *process;
	struct node_doc *doc = &r->doc;
	struct node *e, *score;
	char buf[32], *bases, *authority;
	struct ocop_date expires;
	int stars = in->stars, i;
	bool has_score = in->has_score || in->nmembers;
	long part[3] = { in->score[0], in->score[1], in->score[2] };

	if (!rs) {
		if (in->basis)
			diag_error(dl, NULL, 0, 0, _("unknown legal basis '%s'"), in->basis);
		else
			diag_error(dl, NULL, 0, 0, _("no OCOP rules were in force on that date"));
		bases = rules_bases_list();
		diag_hint(dl, _("the bases are %s"), bases);
		free(bases);
		return -1;
	}
	if (!has_score && !stars) {
		diag_error(dl, NULL, 0, 0, _("no score and no stars"));
		diag_hint(dl, _("give --score A,B,C, or --stars N for a recognition copied from an old register"));
		return -1;
	}
	/* The members' average is the council's score: the bands judge it. */
	if (in->nmembers)
		rating_average(in->members, in->nmembers, part);
	if (has_score && !stars)
		stars = rules_stars_for(rs, part[0] + part[1] + part[2]);

	e = node_new_mapping(doc);
	node_set_str(doc, e, "level", eval_level_slug(in->level), STYLE_PLAIN);
	if (in->as_of) {
		snprintf(buf, sizeof(buf), "%d", in->as_of);
		node_set_str(doc, e, "as_of", buf, STYLE_PLAIN);
	} else {
		put_date(doc, e, "date", &in->date);
	}
	put_str(doc, e, "basis", rs->basis);
	if (has_score) {
		score = node_new_mapping(doc);
		for (i = 0; i < 3; i++) {
			decimal_format(part[i], buf);
			node_set_str(doc, score, part_names[i], buf, STYLE_PLAIN);
		}
		node_set(doc, e, "score", score);
	}
	if (in->nmembers && put_members(doc, e, in, rs, dl))
		return -1;
	snprintf(buf, sizeof(buf), "%d", stars);
	node_set_str(doc, e, "stars", buf, STYLE_PLAIN);
	put_str(doc, e, "decision", in->decision);
	/* Who signs is the process's, as is who may recognise what. */
	process = process_rules(&in->date);
	authority = in->authority ? xstrdup(in->authority) :
		    rules_authority_name(process ? process : rs, in->level, province);
	put_str(doc, e, "authority", authority);
	free(authority);
	if ((in->decision || register_copy(has_score, &in->date)) &&
	    stars >= CERTIFIED_MIN_STARS && !in->as_of) {
		expires = rules_certificate_expiry(&in->date, NULL);
		put_date(doc, e, "expires", &expires);
	}
	put_str(doc, e, "note", in->note);
	node_append(doc, evaluations_of(r), e);
	return 0;
}

int rating_revoke(struct record *r, const struct ocop_date *date,
		  const char *decision, struct diag_list *dl)
{
	const struct product *p = &r->u.product;
	struct node *list = node_get(r->doc.root, "evaluations");
	size_t i, found = p->nevals;

	for (i = 0; i < p->nevals; i++)
		if (!p->evals[i].revoked && rating_in_force_on(&p->evals[i], date))
			found = i;
	if (found == p->nevals || !list) {
		diag_error(dl, NULL, 0, 0, _("'%s' holds no recognition in force on that date"),
			   p->id);
		diag_hint(dl, _("see 'ocop product show %s'"), p->id);
		return -1;
	}
	put_date(&r->doc, list->u.seq.items[found], "revoked", date);
	put_str(&r->doc, list->u.seq.items[found], "revoke_decision", decision);
	return 0;
}

/* --- checking the evaluations of a record ---------------------------------------- */

/* Checking one evaluation of a record: where it is, where problems go. */
struct eval_check {
	const struct record *r;
	struct diag_list *dl;
	const struct evaluation *e;
	int errors;
};

static void problem(struct eval_check *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void problem_at(struct eval_check *c, const struct node *n,
		       const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void vproblem(struct eval_check *c, const struct node *n,
		     const char *fmt, va_list ap)
{
	struct strbuf msg = STRBUF_INIT;

	strbuf_vaddf(&msg, fmt, ap);
	diag_error(c->dl, n && n->line ? c->r->path : NULL, n ? n->line : 0,
		   n ? n->col : 0, "evaluations: %s", msg.buf);
	strbuf_release(&msg);
	c->errors++;
}

/* A problem at the evaluation's line. */
static void problem(struct eval_check *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vproblem(c, c->e->node, fmt, ap);
	va_end(ap);
}

/* A problem at the line of n, a node inside the evaluation. */
static void problem_at(struct eval_check *c, const struct node *n,
		       const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vproblem(c, n && n->line ? n : c->e->node, fmt, ap);
	va_end(ap);
}

/*
 * The ward's assessment of evaluation i's round: the last one before it,
 * unless a council's evaluation came between them.  An assessment counts
 * for the round it precedes (1489/QĐ-TTg: the ward assesses the dossier
 * it sends to the province), so a renewal or an upgrade needs a new one;
 * *spent is set to the evaluation that used the last one, if any.
 */
static const struct evaluation *ward_before(const struct product *p, size_t i,
					    const struct evaluation **spent)
{
	const struct evaluation *found = NULL;
	size_t k;

	*spent = NULL;
	for (k = 0; k < i; k++) {
		const struct evaluation *e = &p->evals[k];

		if (e->level != LEVEL_WARD) {
			if (found)
				*spent = e;
			found = NULL;
		} else if (date_cmp(&e->date, &p->evals[i].date) <= 0) {
			found = e;
			*spent = NULL;
		}
	}
	return found;
}

static bool all_passed(const struct evaluation *e)
{
	int i;

	for (i = 0; i < CRITERIA_COUNT; i++)
		if (e->criteria[i] != CRIT_PASS)
			return false;
	return true;
}

static void check_ward(struct eval_check *c)
{
	const struct product *p = &c->r->u.product;
	int step = step_on(p, &c->e->date), i;

	for (i = 0; i < CRITERIA_COUNT; i++)
		if (c->e->criteria[i] == CRIT_UNSET)
			problem(c, _("the ward's assessment names all four criteria; '%s' is missing"),
				criterion_slug(i));
	if (!step)
		problem(c, _("the ward assesses a product ready for evaluation (step 4 or 5); it had not entered the cycle by then"));
	else if (step < 4)
		problem(c, _("the ward assesses a product ready for evaluation (step 4 or 5); it was at step %d"),
			step);
}

static void check_score(struct eval_check *c, const struct rule_set *rs)
{
	const struct evaluation *e = c->e;
	char got[32], max[32], total[32];
	int i, stars;

	for (i = 0; i < 3; i++)
		if (e->score[i] > (long)rs->part_max[i] * 100) {
			decimal_format(e->score[i], got);
			snprintf(max, sizeof(max), "%d", rs->part_max[i]);
			problem(c, _("part %c is %s, over its maximum of %s under %s"),
				'A' + i, got, max, rs->basis);
		}
	stars = rules_stars_for(rs, rating_total(e));
	decimal_format(rating_total(e), total);
	if (!e->stars)
		problem(c, _("stars missing; the score %s gives %d"), total, stars);
	else if (e->stars != stars)
		problem(c, _("%d stars do not match the score %s, which gives %d"),
			e->stars, total, stars);
}

/*
 * The district and the province under the process in force on the date:
 * the district recognised 3 stars only from 148/QĐ-TTg until 1489/QĐ-TTg
 * abolished it; in that span the province recognised 4 stars only.
 */
static bool level_may_recognise(const struct rule_set *rs,
				const struct evaluation *e)
{
	const struct rule_level *l = &rs->level[e->level];

	if (e->level == LEVEL_DISTRICT && !l->evaluates)
		return false;
	return e->stars < CERTIFIED_MIN_STARS || !l->min_stars ||
	       (e->stars >= l->min_stars && e->stars <= l->max_stars);
}

static void check_level_in_force(struct eval_check *c, const struct rule_set *rs)
{
	const struct evaluation *e = c->e;
	const struct rule_level *l = &rs->level[e->level];
	const struct rule_set *first = rules_in_force(&e->date);
	struct ocop_date from, until;
	char a[DATE_ISO_MAX], b[DATE_ISO_MAX], d[DATE_ISO_MAX];
	int by;

	/*
	 * rs is the process in force on the last day the date may mean; a
	 * date known only to the month or the year ("2023" from an old
	 * register) may mean a day under the row before, and what that row
	 * allowed stands.
	 */
	if (level_may_recognise(rs, e) ||
	    (first && first != rs && level_may_recognise(first, e)))
		return;
	if (e->level == LEVEL_DISTRICT && !l->evaluates) {
		if (!rules_level_span(LEVEL_DISTRICT, &from, &until))
			return;
		date_format_iso(&from, a);
		date_format_iso(&until, b);
		date_format_iso(&e->date, d);
		problem(c, _("the district level evaluated and recognised OCOP products only from %s to %s; on %s it no longer did (%s)"),
			a, b, d, rs->process);
		diag_hint(c->dl, _("give --level province (3–4 stars) or central (5 stars)"));
		return;
	}
	by = rules_recognised_by(rs, e->stars);
	if (by < 0 || by == LEVEL_CENTRAL)
		return;	/* said above: the ministry's */
	problem(c, _("under %s, %d stars are recognised by the %s level, not the %s"),
		rs->process, e->stars, eval_level_slug((enum eval_level)by),
		eval_level_slug(e->level));
	diag_hint(c->dl, _("give --level %s"), eval_level_slug((enum eval_level)by));
}

/*
 * A recognition known only to be in force as of a year (a plan's "the
 * ward has 25 certified products in 2025"): it holds no date, and its
 * decision and expiry are data to find, which `ocop check` lists as
 * warnings rather than refusing what the office knows.
 */
static void check_as_of(struct eval_check *c)
{
	const struct evaluation *e = c->e;

	if (!rating_is_recognition(e) || e->has_score)
		problem(c, _("as_of is for a recognition of 3 stars or more known only to be in force in a year, without a score"));
}

void rating_notices(const struct record *r, struct diag_list *dl)
{
	const struct product *p = &r->u.product;
	size_t i;

	for (i = 0; i < p->nevals; i++) {
		const struct evaluation *e = &p->evals[i];
		const struct node *n = e->node;

		if (!e->as_of || !rating_is_recognition(e) ||
		    (e->decision && e->has_expires))
			continue;
		diag_warn(dl, n && n->line ? r->path : NULL, n ? n->line : 0,
			  n ? n->col : 0,
			  e->decision ? _("evaluations: in force as of %d; its expiry is still to find") :
			  e->has_expires ? _("evaluations: in force as of %d; its decision is still to find") :
			  _("evaluations: in force as of %d; its decision and expiry are still to find"),
			  e->as_of);
	}
}

static void check_recognition(struct eval_check *c, const struct rule_set *rs)
{
	const struct evaluation *e = c->e;
	const struct rule_level *province = rs ? &rs->level[LEVEL_PROVINCE] : NULL;
	const struct rule_level *central = rs ? &rs->level[LEVEL_CENTRAL] : NULL;
	struct ocop_date want;
	char a[DATE_ISO_MAX], b[DATE_ISO_MAX];
	int months;

	if (e->stars && e->stars < CERTIFIED_MIN_STARS && e->decision)
		problem(c, _("a %d-star rating is not recognised: only 3 to 5 stars are certified"),
			e->stars);
	if (e->stars >= CERTIFIED_MIN_STARS && !e->decision &&
	    !rating_from_register(e))
		problem(c, _("a recognition of %d stars needs the number of its decision"),
			e->stars);
	if (province && e->level == LEVEL_PROVINCE && e->stars > province->max_stars)
		problem(c, _("%d stars are recognised by the ministry (level central), not the province"),
			e->stars);
	if (central && e->level == LEVEL_CENTRAL && e->stars && e->stars < central->min_stars)
		problem(c, _("the ministry recognises %d stars; %d stars are recognised by the province"),
			central->min_stars, e->stars);
	if (rs && (e->level == LEVEL_DISTRICT || e->level == LEVEL_PROVINCE))
		check_level_in_force(c, rs);
	if (e->as_of) {
		check_as_of(c);
	} else if (rating_is_recognition(e)) {
		want = rules_certificate_expiry(&e->date, &months);
		date_format_iso(&want, a);
		if (!e->has_expires) {
			problem(c, _("expires missing; the certificate runs to %s"), a);
		} else {
			date_format_iso(&e->expires, b);
			if (strcmp(a, b)) {
				char d[DATE_ISO_MAX];

				date_format_iso(&e->date, d);
				problem(c, _("expires %s, but a certificate runs %d months from its decision of %s, to %s"),
					b, months, d, a);
			}
		}
	}
	if (e->revoked && date_cmp(&e->revoked_date, &e->date) < 0)
		problem(c, _("revoked before it was recognised"));
	if (e->revoked && !e->revoke_decision)
		problem(c, _("a revocation needs the number of its decision (revoke_decision)"));
}

/*
 * A score named under a basis that another decision had replaced by its
 * date: 1048/QĐ-TTg scored until 2023-02-23, 148/QĐ-TTg from the next day.
 */
static void check_basis_ended(struct eval_check *c, const struct rule_set *rs)
{
	const struct rule_set *last = rules_basis_last(rs), *next;
	char until[DATE_ISO_MAX], from[DATE_ISO_MAX];

	if (!last->until.year || date_cmp(&c->e->date, &last->until) <= 0)
		return;
	next = rules_next(last);
	date_format_iso(&last->until, until);
	date_format_iso(&next->from, from);
	problem(c, _("%s was in force until %s; from %s scores are under %s"),
		c->e->basis, until, from, next->basis);
	diag_hint(c->dl, _("leave --basis out, or give --basis %s"), next->basis);
}

/* No ward assessment in this round: the last one was another round's. */
static void ward_spent(struct eval_check *c, const struct evaluation *spent)
{
	char day[DATE_ISO_MAX];

	date_format_iso(&spent->date, day);
	diag_hint(c->dl, _("an assessment counts for the evaluation it precedes: the last one counted for the evaluation of %s; a renewal or an upgrade needs a new 'ocop rate ward'"),
		  day);
}

/*
 * The members' scores a file keeps, as `rate council` writes them beside
 * their average: read from the evaluation's node (the typed view holds
 * the score alone).  Sets *list to the list's node; returns the members
 * read, 0 when there are none or one is not a number (the schema says
 * which).  The caller frees *out.
 */
static size_t members_of(const struct evaluation *e, const struct node **list,
			 struct member_score **out)
{
	const struct node *l = e->node ? node_get(e->node, "members") : NULL;
	struct member_score *m;
	size_t i, n;
	int j;

	*out = NULL;
	*list = l;
	if (!l || l->kind != NODE_SEQUENCE || !(n = l->u.seq.nr))
		return 0;
	m = xcalloc(n, sizeof(*m));
	for (i = 0; i < n; i++)
		for (j = 0; j < 3; j++) {
			const char *v = node_get_str(l->u.seq.items[i], part_names[j]);

			if (!v || decimal_parse(v, &m[i].score[j])) {
				free(m);
				return 0;
			}
		}
	*out = m;
	return n;
}

/*
 * A hand-edited file may make the members and the score disagree: the
 * score must be their average, each part rounded half up to two decimals
 * (rating_average(), as `rate council` computes it), and no member's
 * part may pass its maximum under rs.
 */
static void check_members(struct eval_check *c, const struct rule_set *rs)
{
	const struct evaluation *e = c->e;
	const struct node *list;
	struct member_score *m;
	struct strbuf want = STRBUF_INIT, got = STRBUF_INIT;
	char part[32], max[32];
	long average[3];
	size_t i, n = members_of(e, &list, &m);
	int j;

	if (!n)
		return;
	for (i = 0; rs && i < n; i++)
		if ((j = member_over_max(&m[i], rs, part, max)) >= 0)
			problem_at(c, list->u.seq.items[i],
				   _("member %zu: part %c is %s, over its maximum of %s under %s"),
				   i + 1, 'A' + j, part, max, rs->basis);
	rating_average(m, n, average);
	format_parts(average, &want);
	if (!e->has_score) {
		problem_at(c, list, _("members without the score they average to, %s"),
			   want.buf);
		diag_hint(c->dl, _("add score: %s"), want.buf);
	} else if (memcmp(average, e->score, sizeof(average))) {
		format_parts(e->score, &got);
		problem_at(c, node_get(e->node, "score"),
			   _("score %s is not the average of its %zu members, %s (each part rounded half up to two decimals)"),
			   got.buf, n, want.buf);
		diag_hint(c->dl, _("write score: %s, or correct the members' scores"),
			  want.buf);
	}
	strbuf_release(&want);
	strbuf_release(&got);
	free(m);
}

static void check_council(struct eval_check *c, size_t i)
{
	const struct product *p = &c->r->u.product;
	const struct evaluation *e = c->e, *ward, *spent;
	const struct rule_set *rs = scoring_rules(e->basis, &e->date);
	const struct rule_set *process = process_rules(&e->date);
	int step;

	if (e->basis && !rs) {
		problem(c, _("unknown legal basis '%s'"), e->basis);
	} else if (e->basis && !rules_began_by(rs, &e->date)) {
		char from[DATE_ISO_MAX];

		date_format_iso(&rs->from, from);
		problem(c, _("%s was not yet in force: it applies from %s"),
			e->basis, from);
	} else if (e->basis) {
		check_basis_ended(c, rs);
	}
	if (e->has_score) {
		step = step_on(p, &e->date);
		if (!step)
			problem(c, _("the council scores a product at step 5 (evaluate); it had not entered the cycle by then"));
		else if (step != 5)
			problem(c, _("the council scores a product at step 5 (evaluate); it was at step %d"),
				step);
		if (rs)
			check_score(c, rs);
	}
	check_members(c, rs);
	if (e->has_score) {
		ward = ward_before(p, i, &spent);
		if (process && process->level[LEVEL_WARD].evaluates &&
		    (!ward || !all_passed(ward))) {
			problem(c, _("under %s the council scores only a product whose ward assessment passed all four criteria%s"),
				process->process, ward ? "" : spent ?
				_(" (none was recorded for this evaluation)") :
				_(" (none was recorded)"));
			if (!ward && spent)
				ward_spent(c, spent);
		}
	}
	check_recognition(c, process);
}

int rating_validate(const struct record *r, struct diag_list *dl)
{
	const struct product *p = &r->u.product;
	struct eval_check c = { .r = r, .dl = dl };
	size_t i;

	for (i = 0; i < p->nevals; i++) {
		c.e = &p->evals[i];
		if (!c.e->date.year) {
			problem(&c, _("date missing (or as_of, for a recognition known only to be in force in a year)"));
			continue;
		}
		if (c.e->as_of && c.e->node && node_get(c.e->node, "date")) {
			problem(&c, _("as_of stands in place of a date: give one or the other"));
			continue;
		}
		if (i && date_cmp(&c.e->date, &p->evals[i - 1].date) < 0)
			problem(&c, _("dates never go back: this evaluation is older than the one before"));
		if (c.e->level == LEVEL_WARD)
			check_ward(&c);
		else
			check_council(&c, i);
	}
	return c.errors ? -1 : 0;
}
