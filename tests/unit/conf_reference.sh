#!/bin/sh
# The sample configuration documents exactly the keys the code knows:
# every "[section]" + "key =" (commented or not) in conf/breakatwork.conf
# against the table in fcgi/conf.c. TAP output.
top=${top_srcdir:-.}
sample=${CONF_SAMPLE:-$top/conf/breakatwork.conf}
code=${CONF_CODE:-$top/fcgi/conf.c}

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

# Keys of the table: STR("section", "key", ...), INT(...), and { "section", "key", CONF_...
sed -n 's/^[[:space:]]*\(STR(\|INT(\|{ \)"\([a-z_]*\)", "\([a-z_]*\)".*/\2.\3/p' "$code" | sort > "$tmp/code"
# Keys of the sample: "key = value" lines, commented with "; " or not, under their [section].
awk '/^\[[a-z_]+\]/ { gsub(/[][]/, ""); sec = $0; next }
     /^;?[[:space:]]*[a-z_]+[[:space:]]*=/ { line = $0; sub(/^;?[[:space:]]*/, "", line);
       sub(/[[:space:]]*=.*/, "", line); print sec "." line }' "$sample" | sort > "$tmp/sample"

echo "1..3"
n=$(wc -l < "$tmp/code")
if [ "$n" -gt 20 ]; then echo "ok 1 - the code's key table was read ($n keys)"; else echo "not ok 1 - only $n keys read from $code"; fi
missing=$(comm -23 "$tmp/code" "$tmp/sample" | tr '\n' ' ')
extra=$(comm -13 "$tmp/code" "$tmp/sample" | tr '\n' ' ')
if [ -z "$missing" ]; then echo "ok 2 - every key is documented in the sample"; else echo "not ok 2 - undocumented keys: $missing"; fi
if [ -z "$extra" ]; then echo "ok 3 - the sample has no unknown key"; else echo "not ok 3 - unknown keys in the sample: $extra"; fi
