/* SPDX-License-Identifier: EUPL-1.2 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>
#include <openssl/evp.h>

#include "buf.h"
#include "crypto.h"
#include "log.h"
#include "mail.h"
#include "xalloc.h"
#include "banned.h"

struct reader {
	const char	*data;
	size_t		 left;
};

static size_t
read_cb(char *dst, size_t size, size_t nmemb, void *arg)
{
	struct reader *rd = arg;
	size_t n = size * nmemb;

	if (n > rd->left)
		n = rd->left;
	memcpy(dst, rd->data, n);
	rd->data += n;
	rd->left -= n;
	return n;
}

/* RFC 2047 encoded-word for a header holding UTF-8 text. */
static void
add_encoded_word(struct buf *out, const char *text)
{
	size_t len = strlen(text);
	unsigned char *b64 = xmalloc(4 * ((len + 2) / 3) + 1);

	EVP_EncodeBlock(b64, (const unsigned char *)text, (int)len);
	buf_addf(out, "=?UTF-8?B?%s?=", (const char *)b64);
	free(b64);
}

/* The message: headers, blank line, body with CRLF line ends. */
static int
build(struct buf *msg, const struct mail_relay *relay, const char *to, const char *subject,
    const char *body)
{
	struct buf id = BUF_INIT;
	char date[64];
	struct tm tm;
	time_t now = time(NULL);
	const char *p;

	if (gmtime_r(&now, &tm) == NULL ||
	    strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm) == 0 ||
	    crypto_random_hex(&id, 16) < 0)
		return -1;
	buf_addf(msg, "Date: %s\r\nFrom: <%s>\r\nTo: <%s>\r\nSubject: ", date, relay->from, to);
	add_encoded_word(msg, subject);
	buf_addf(msg, "\r\nMessage-ID: <%s@%s>\r\nMIME-Version: 1.0\r\n"
	    "Content-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: 8bit\r\n\r\n", id.ptr, relay->host);
	for (p = body; *p != '\0'; p++) {
		if (*p == '\n' && (p == body || p[-1] != '\r'))
			buf_addc(msg, '\r');
		buf_addc(msg, *p);
	}
	buf_adds(msg, "\r\n");
	buf_release(&id);
	return 0;
}

int
mail_send(const struct mail_relay *relay, const char *to, const char *subject, const char *body)
{
	struct buf msg = BUF_INIT, rcpt_addr = BUF_INIT, from = BUF_INIT;
	struct curl_slist *rcpt = NULL;
	struct reader rd;
	CURL *curl = NULL;
	CURLcode res;
	int rc = -1;

	if (to == NULL || to[0] == '\0' || strpbrk(to, "\r\n<>") != NULL ||
	    strpbrk(subject, "\r\n") != NULL) {
		log_err("mail: no usable recipient address");
		goto out;
	}
	if (build(&msg, relay, to, subject, body) < 0 || (curl = curl_easy_init()) == NULL)
		goto out;
	buf_addf(&rcpt_addr, "<%s>", to);
	buf_addf(&from, "<%s>", relay->from);
	rcpt = curl_slist_append(NULL, rcpt_addr.ptr);
	rd.data = msg.ptr;
	rd.left = msg.len;
	curl_easy_setopt(curl, CURLOPT_URL, relay->url);
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.ptr);
	curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_cb);
	curl_easy_setopt(curl, CURLOPT_READDATA, &rd);
	curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, relay->timeout);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	res = curl_easy_perform(curl);
	if (res != CURLE_OK) {
		log_err("mail to the relay failed: %s", curl_easy_strerror(res));
		goto out;
	}
	rc = 0;
out:
	curl_slist_free_all(rcpt);
	if (curl != NULL)
		curl_easy_cleanup(curl);
	memset(msg.ptr, 0, msg.len);
	buf_release(&msg);
	buf_release(&rcpt_addr);
	buf_release(&from);
	return rc;
}
