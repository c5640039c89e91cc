# Each report's JSON is what ocop-report(1), section JSON, says: its
# tables and their keys in the same order, and the values of the fields
# that take a fixed set (category, kind, item, status, target, a step's
# name) among those the page lists.
$ sh "$OCOP_FIXTURES/report-data.sh"
$ sed -n '/^\.Ss JSON$/,/^\.Ss The office/p' "$OCOP_FIXTURES/../../../man/ocop-report.1" >json.man && grep -c '^\.It Cm ' json.man
> 8

# json K: the report K as JSON, with the options it takes.
$ printf 'json() { ocop -C d report $1 --format json --year 2025 --quarter 3 2>/dev/null || ocop -C d report $1 --format json --year 2025 2>/dev/null || ocop -C d report $1 --format json; }\nman() { sed -n "/^\\\\.It Cm $1\\$/,/^\\\\.Ed\\$/p" json.man; }\n' >lib.sh && . ./lib.sh && man expiring | grep -c '"status"'
> 1

# The keys, table by table.
$ . ./lib.sh; for k in certified summary pipeline expiring readiness quarter targets; do man $k | grep -o '"[a-z0-9_]*":' | tr -d '":' >want; json $k | jq -r 'if type == "array" then .[0] | keys_unsorted[] else to_entries[] | .key, (.value[0] | keys_unsorted[]) end' >have; cmp -s want have && echo "$k: $(wc -l <have) keys" || diff want have; done
> certified: 8 keys
> summary: 17 keys
> pipeline: 16 keys
> expiring: 9 keys
> readiness: 14 keys
> quarter: 8 keys
> targets: 18 keys

# The values of the fixed sets: each one the page lists for its report.
$ . ./lib.sh; for k in certified summary pipeline expiring readiness quarter targets; do man $k | grep -o '"[a-z0-9_-]*"\( |\|,\| }\|$\)' | grep -o '"[^"]*"' | tr -d '"' >allowed; json $k | jq -r '(.. | objects | to_entries[] | select(.key | test("^(category|kind|item|status|target)$")) | .value), (if type == "object" then .steps[]?.name else empty end)' >values; echo "$k: $(sort -u values | wc -l) values, $(grep -cvxFf allowed values) not listed"; done
> certified: 0 values, 0 not listed
> summary: 23 values, 0 not listed
> pipeline: 8 values, 0 not listed
> expiring: 2 values, 0 not listed
> readiness: 0 values, 0 not listed
> quarter: 10 values, 0 not listed
> targets: 7 values, 0 not listed

# A label would not pass: the check above sees one.
$ . ./lib.sh; man expiring | grep -o '"[a-z0-9_-]*"\( |\|,\| }\|$\)' | grep -o '"[^"]*"' | tr -d '"' >allowed; printf 'expiring\nsắp hết hạn\n' | grep -cvxFf allowed
> 1

# readiness: what is missing, from the five the page names.
$ . ./lib.sh; json readiness | jq -r '.[].lacks // empty' | tr ',' '\n' | tr -d ' ' | sort -u
> barcode
> food-safety
> quality-declaration
> traceability
> trademark

# quarter: an event is one of the page's.
$ . ./lib.sh; json quarter | jq -r '.events[].event' | grep -cvE '^(registered|step-[1-6]|rejected|ward-assessment|rated|certified-[3-5]|expired|revoked|fair|training)$'
> 0
? 1
