/* SPDX-License-Identifier: EUPL-1.2 */
/*
 * Belgian identifiers and their check digits:
 *  - NISS: the social security number, either a national register number
 *    (YYMMDD SSS CC) or a BIS number (the same with the month raised by 20,
 *    sex unknown, or by 40, sex known). CC = 97 - (YYMMDDSSS mod 97); for
 *    a birth in 2000 or later the number 2YYMMDDSSS is used instead.
 *  - BCE: the enterprise number, 10 digits starting 0 or 1;
 *    CC = 97 - (first 8 digits mod 97).
 *  - IBAN (ISO 13616, mod 97 = 1), and for Belgian IBANs the account
 *    number's own check digits as well.
 *
 *  - Ticket numbers of Break@work requests: 12 digits, the first not 0,
 *    the last two 97 - (first ten mod 97), so one mistyped digit or two
 *    swapped ones are caught.
 *
 * The validators take the compact form (digits only, IBAN in capitals
 * without spaces); ident_compact() makes it from what a user typed.
 */
#ifndef IDENT_H
#define IDENT_H

#include "buf.h"

/* Copy `s` without spaces, dots, dashes and slashes, letters in capitals. */
void	 ident_compact(struct buf *out, const char *s);

/* 1 when `s` is an 11-digit NISS (national register or BIS) with good check digits. */
int	 ident_niss_valid(const char *s);
/* 1 when `s` is a valid NISS that is a BIS number. */
int	 ident_niss_is_bis(const char *s);
/* Date of birth of a valid NISS: 0, or -1 when invalid or not known (month or day 00). */
int	 ident_niss_birth(const char *s, int *y, int *m, int *d);
/* The same as a day number (see leave.h), or -1. */
int	 ident_niss_birth_day(const char *s);
/* 1 female, 0 male (the sequence number's parity), -1 invalid or a BIS without sex. */
int	 ident_niss_female(const char *s);
/* "YY.MM.DD-SSS.CC"; anything that is not 11 digits is copied as is. */
void	 ident_niss_format(struct buf *out, const char *niss);

/* 1 when `s` is a 10-digit BCE number with good check digits. */
int	 ident_bce_valid(const char *s);
/* "0DDD.DDD.DDD"; anything that is not 10 digits is copied as is. */
void	 ident_bce_format(struct buf *out, const char *bce);

/* 1 when `s` is a compact IBAN with good check digits. */
int	 ident_iban_valid(const char *s);
/* Groups of four separated by spaces. */
void	 ident_iban_format(struct buf *out, const char *iban);

/*
 * A phone number as typed ("0470 12 34 56", "+32 (0)470/12.34.56",
 * "0032 470...") into E.164 ("+32470123456"): a national number starting
 * with 0 is Belgian. 0, or -1 when it cannot be one (8 to 15 digits).
 */
int	 ident_phone_e164(struct buf *out, const char *s);
/* 1 for an e-mail address of the usual syntax (local@domain.tld, at most 254 bytes). */
int	 ident_email_valid(const char *s);

/* 1 when `s` is a 12-digit ticket number with good check digits. */
int	 ident_ticket_valid(const char *s);
/* Write the check digits of the 10 digits in ticket[0..10) to [10..12) and end the string. */
void	 ident_ticket_check(char ticket[13]);
/* "1234-5678-9012"; anything that is not 12 digits is copied as is. */
void	 ident_ticket_format(struct buf *out, const char *ticket);

/*
 * Verification codes of attestations: 16 symbols of Crockford's base32
 * (digits and letters without I, L, O, U), the last a check symbol over
 * the other 15, shown "7K3M-9QXD-2HB4-TR0E". 75 random bits cannot be
 * guessed, and the check symbol tells a mistyped code from an unknown one.
 */
#define IDENT_CODE_LEN 16
/* A new random code into out (compact). 0, or -1 without randomness. */
int	 ident_code_new(struct buf *out);
/*
 * The compact code from what a person typed: any case, spaces and dashes,
 * O for 0, I and L for 1. 0 when it is a code with a good check symbol.
 */
int	 ident_code_parse(struct buf *out, const char *typed);
/* "7K3M-9QXD-2HB4-TR0E"; anything else is copied as is. */
void	 ident_code_format(struct buf *out, const char *code);

#endif
