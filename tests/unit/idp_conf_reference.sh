#!/bin/sh
# conf/csam-dev.conf documents exactly the keys of fcgi/idp/idp_conf.c:
# the same check as conf_reference.sh, on csam-dev's pair of files.
top=${top_srcdir:-.}
CONF_SAMPLE="$top/conf/csam-dev.conf" CONF_CODE="$top/fcgi/idp/idp_conf.c" \
	exec sh "$top/tests/unit/conf_reference.sh"
