#!/bin/bash
# SPDX-License-Identifier: EUPL-1.2
#
# The demo directory (conf/demo.ldif in the stack's slapd, BW_STACK_DIR):
#  - what part B needs is there: three Belgian citizens or more with valid
#    NISS check digits, one of them employer for two enterprises with valid
#    BCE numbers, a foreign eIDAS identity with a BIS number, two ONEM
#    agents in the offices BXL and LIE (which MariaDB knows);
#  - the demo passwords printed by ./dev up work, a wrong one does not;
#  - the ACLs: the service account reads people but neither passwords nor
#    TOTP secrets and cannot write; a person reads their own TOTP secret and
#    nobody else's entry; anonymous users cannot search.

set -u
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$top_srcdir/tests/lib/tap.sh"
. "$top_srcdir/tests/lib/stack.sh"

[ -n "${BW_STACK_DIR:-}" ] || skip_all "BW_STACK_DIR not set (run through ./dev test)"
stack_load "$BW_STACK_DIR" || bail_out "no stack in $BW_STACK_DIR"
stack_pid slapd >/dev/null || bail_out "slapd is not running"
LDAP=ldap://127.0.0.1:$ST_LDAP_PORT
BASE=$STACK_BASE_DN
READER_PW=$ST_DIR/secrets/ldap-reader

# Values of ATTR in FILTER's entries, as the service account.
values() {	# values FILTER ATTR
	ldapsearch -x -LLL -o ldif-wrap=no -H "$LDAP" -D "$STACK_READER_DN" -y "$READER_PW" \
	    -b "$BASE" "$1" "$2" | sed -n "s/^$2: //p"
}

# The password that conf/demo.ldif's "# demo:" comment gives UID.
demo_password() {	# demo_password UID
	sed -n "s/^# demo: $1 | \([^ |]*\) |.*/\1/p" "$ST_SRC/conf/demo.ldif"
}

niss_valid() {	# 11 digits; check = 97 - (9 digits mod 97), or with 2 before them
	local n=$1 base cc

	[[ $n =~ ^[0-9]{11}$ ]] || return 1
	base=$((10#${n:0:9})) cc=$((10#${n:9:2}))
	[ "$cc" -eq $((97 - base % 97)) ] || [ "$cc" -eq $((97 - (2000000000 + base) % 97)) ]
}
bce_valid() {	# 10 digits starting 0 or 1; check = 97 - (8 digits mod 97)
	[[ $1 =~ ^[01][0-9]{9}$ ]] && [ $((10#${1:8:2})) -eq $((97 - 10#${1:0:8} % 97)) ]
}

# --- demo data ------------------------------------------------------------------

belgians=$(values '(&(objectClass=bwPerson)(bwIdentityKind=belgian))' bwNiss)
[ "$(echo "$belgians" | grep -c .)" -ge 3 ]
ok $? "three Belgian citizens or more"
bad=0
for n in $(values '(objectClass=bwPerson)' bwNiss); do
	niss_valid "$n" || { bad=1; diag "bad check digits: $n"; }
done
is "$bad" 0 "every bwNiss has valid check digits"
niss_valid 85031412402
[ $? -ne 0 ]
ok $? "the check itself refuses a wrong check digit"

employer=$(values '(bwMandateBce=*)' uid | head -n 1)
mandates=$(values "(uid=$employer)" bwMandateBce)
is "$(echo "$mandates" | grep -c .)" 2 "$employer represents two enterprises"
bad=0
for b in $mandates; do bce_valid "$b" || { bad=1; diag "bad BCE: $b"; }; done
is "$bad" 0 "their BCE numbers are valid"

eidas=$(values '(bwIdentityKind=eidas)' bwNiss)
like "$eidas" '^[0-9]{2}[2-5][0-9]' "an eIDAS identity with a BIS number (month + 20 or + 40)"
like "$(values '(bwIdentityKind=eidas)' bwEidasCountry)" '^[A-Z]{2}$' "... and its country"

offices=$(values '(objectClass=bwOnemAgent)' bwOnemOffice | sort | tr '\n' ' ')
is "$offices" "BXL LIE " "two ONEM agents, in BXL and LIE"
known=$(_stack_mariadb_client -N -e \
    "SELECT COUNT(*) FROM breakatwork.onem_office WHERE code IN ('BXL', 'LIE')")
is "$known" 2 "MariaDB knows both offices"

for attr in mail givenName sn preferredLanguage; do
	missing=$(ldapsearch -x -LLL -H "$LDAP" -D "$STACK_READER_DN" -y "$READER_PW" -b "$BASE" \
	    "(&(objectClass=bwPerson)(!($attr=*)))" dn | grep -c '^dn:')
	is "$missing" 0 "every citizen has $attr"
done

# --- passwords ----------------------------------------------------------------------

person=uid=mdubois,ou=people,$BASE
other=uid=jpeeters,ou=people,$BASE
agent=uid=aleroy,ou=agents,$BASE
ldapwhoami -x -H "$LDAP" -D "$person" -w "$(demo_password mdubois)" >/dev/null 2>&1
ok $? "mdubois binds with the printed demo password"
ldapwhoami -x -H "$LDAP" -D "$agent" -w "$(demo_password aleroy)" >/dev/null 2>&1
ok $? "aleroy (agent) binds with the printed demo password"
ldapwhoami -x -H "$LDAP" -D "$person" -w wrong-password >/dev/null 2>&1
is $? 49 "a wrong password: invalid credentials"

# --- ACLs ---------------------------------------------------------------------------

got=$(values '(uid=mdubois)' userPassword; values '(uid=mdubois)' bwTotpSecret)
is "$got" "" "the service account reads neither userPassword nor bwTotpSecret"
is "$(values '(uid=mdubois)' mail)" marie.dubois@breakatwork.test "the service account reads mail"
printf 'dn: %s\nchangetype: modify\nreplace: mail\nmail: x@example.test\n' "$person" |
    ldapmodify -x -H "$LDAP" -D "$STACK_READER_DN" -y "$READER_PW" >/dev/null 2>&1
is $? 50 "the service account cannot write"

as_person() {	# as_person FILTER ATTR...: what mdubois reads
	ldapsearch -x -LLL -o ldif-wrap=no -H "$LDAP" -D "$person" -w "$(demo_password mdubois)" \
	    -b "$BASE" "$@" 2>/dev/null
}
like "$(as_person '(uid=mdubois)' bwTotpSecret)" '^bwTotpSecret: [A-Z2-7]{16,}' \
    "a person reads their own TOTP secret (base32)"
is "$(as_person '(uid=jpeeters)' dn)" "" "a person does not see someone else's entry"
is "$(as_person "(bwTotpSecret=*)" uid | sed -n 's/^uid: //p')" mdubois \
    "a search for TOTP secrets finds only one's own"

anon=$(ldapsearch -x -LLL -H "$LDAP" -b "$BASE" '(uid=*)' uid 2>/dev/null | grep -c '^uid:')
is "$anon" 0 "anonymous users find nobody"

done_testing
