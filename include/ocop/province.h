/*
 * province.h — a province directory: the wards it reads together.
 *
 * A province directory is a data directory whose ocop.yaml says
 * `unit: province` and lists its wards:
 *
 *   province: Quảng Ngãi
 *   unit: province
 *   wards:
 *   - {name: nghia-lo, path: wards/nghia-lo}
 *
 * Each ward is a data directory of its own (its own ocop.yaml, records
 * and, usually, git repository), kept under the province directory —
 * a git submodule when the province is a git repository.  Every read
 * command run in the province reads all its wards; writes are refused
 * there and go to a ward.  The province holds no records itself.
 */
#ifndef OCOP_PROVINCE_H
#define OCOP_PROVINCE_H

#include <stdbool.h>
#include <stddef.h>

#include "ocop/diag.h"

struct store;

/* The longest name a ward may have: an id (record_id_valid). */
#define WARD_NAME_MAX 64

struct ward_entry {
	char *name;	/* the ward's name in the province: an id, "nghia-lo" */
	char *path;	/* relative to the province directory, "wards/nghia-lo" */
	char *dir;	/* root/path, to open (allocated) */
};

struct ward_list {
	struct ward_entry *items;
	size_t nr, alloc;
};

/* Is the data directory at root a province (its ocop.yaml says so)? */
bool province_is(const char *root);

/*
 * The wards listed in root's ocop.yaml, in the file's order.  A name that
 * is not an id, a path that is absolute, holds "..", or is listed twice
 * is an error.  Returns 0, or -1 (dl: root is not a province, ocop.yaml
 * does not load, a bad entry); out must be released either way.
 */
int province_wards(const char *root, struct ward_list *out,
		   struct diag_list *dl);
/*
 * The same, from a store whose office is already read (store_read_office
 * or store_read_office_view): the province's file is read once.
 */
int province_wards_of(const struct store *s, struct ward_list *out,
		      struct diag_list *dl);
void ward_list_release(struct ward_list *l);

/* The ward named name, or NULL. */
const struct ward_entry *ward_list_find(const struct ward_list *l,
					const char *name);

/*
 * Is path (relative to a province) a safe place for a ward: relative, no
 * "..", no empty part?  The province only opens what it lists.
 */
bool province_path_valid(const char *path);

struct store;
struct record_set;

/* The records of one type of a ward, for the lists of a province. */
struct ward_records {
	char *ward;		/* the ward's name; NULL for a ward read alone */
	struct record_set *set;
};

/*
 * Read the records of type (a record_type) of every ward of the province
 * at root, as store_read_views does: problems in dl, a record that does
 * not load kept with valid false.  *out[0..*n - 1], in the province's
 * order, until ward_records_release.  Returns 0 or -1 (dl).
 */
int province_read_views(const char *root, int type, struct ward_records **out,
			size_t *n, struct diag_list *dl);
void ward_records_release(struct ward_records *w, size_t n);

/*
 * What a list reads from the directory s: every ward's records when s is
 * a province (province_read_views), else s's own as one entry with no
 * ward's name.  *total is the number of records of them all.  Returns 0
 * or -1 (dl).
 */
int province_list_views(struct store *s, int type, struct ward_records **out,
			size_t *n, size_t *total, struct diag_list *dl);

/* Where `ocop ward add` puts a ward: WARDS_DIR/NAME. */
#define PROVINCE_WARDS_DIR "wards"

/*
 * Add a ward to the province s (open, locked, its office read): clone
 * source (a directory or a git URL) into wards/NAME — `git submodule add`
 * when the province is in a git work tree, else `git clone` — and list
 * it in ocop.yaml (written through edit_write, noted for the commit with
 * .gitmodules and the submodule).  name NULL: the last part of source
 * ("…/nghia-lo.git" → nghia-lo).  A local source must be a data
 * directory; a name listed, a path already there, a clone that is not a
 * data directory are refused.  *made is the name used (allocated) when 0
 * is returned.  Returns 0 or -1 (dl).
 */
int province_add_ward(struct store *s, const char *source, const char *name,
		      char **made, struct diag_list *dl);

/*
 * Take ward name off the province's list.  In a git work tree its
 * directory is removed with `git rm` (a submodule: git keeps its history
 * under .git/modules); outside git the directory is left on disk, and
 * *kept says so.  Returns 0 or -1 (dl).
 */
int province_remove_ward(struct store *s, const char *name, bool *kept,
			 struct diag_list *dl);

/*
 * The ward of the province at root that holds the record of type ref
 * names: "WARD:ID", or an ID that one ward alone has.  *dir is the
 * ward's directory (allocated), *id the id within ref.  Returns 0, or -1
 * (dl: no such ward or record; an id several wards have, each named as
 * WARD:ID).
 */
int province_locate(const char *root, int type, const char *ref, char **dir,
		    const char **id, struct diag_list *dl);

/*
 * A unit's name made an id, its kind dropped: "phường Nghĩa Lộ" and
 * "Nghĩa Lộ" → "nghia-lo", "xã Nghĩa Dõng" → "nghia-dong".  Allocated.
 */
char *province_unit_slug(const char *name);

#endif
