/* SPDX-License-Identifier: EUPL-1.2 */
#include <stddef.h>

#include "pages.h"
#include "router.h"
#include "banned.h"

const struct route routes[] = {
	{ "GET", "/", page_start, ACCESS_PUBLIC },
	{ "GET", "/healthz", page_healthz, ACCESS_PUBLIC },
	{ "GET", "/contact-onem", page_contact_onem, ACCESS_PUBLIC },
	{ "GET", "/nouveau", page_info, ACCESS_PUBLIC },
	{ "GET", "/accessibilite", page_info, ACCESS_PUBLIC },
	{ "GET", "/cookies", page_info, ACCESS_PUBLIC },
	{ "GET", "/vie-privee", page_info, ACCESS_PUBLIC },
	{ "GET", "/verification", page_verify, ACCESS_PUBLIC },
	/* nginx's error_page renders its own errors through these. */
	{ "GET", "/_error/*", page_error, ACCESS_PUBLIC },

	{ "GET", "/auth/login", page_auth_login, ACCESS_PUBLIC },
	{ "GET", "/auth/callback", page_auth_callback, ACCESS_PUBLIC },
	{ "POST", "/auth/logout", page_auth_logout, ACCESS_PUBLIC },
	{ "GET", "/auth/check", page_auth_check, ACCESS_CHECK },
	{ "GET", "/auth/role", page_auth_role, ACCESS_SIGNED_IN },
	{ "POST", "/auth/role", page_auth_role, ACCESS_SIGNED_IN },
	{ "GET", "/accueil", page_home, ACCESS_SIGNED_IN },

	/* The worker's side of a request (fcgi/worker/). */
	{ "GET", "/demandes", page_requests, ACCESS_WORKER },
	{ "GET", "/pieces", page_requests, ACCESS_WORKER },
	{ "GET", "/demandes/*/travailleur", page_worker_part, ACCESS_WORKER },
	{ "POST", "/demandes/*/travailleur", page_worker_part, ACCESS_WORKER },
	{ "GET", "/demandes/*/apercu", page_preview, ACCESS_WORKER },
	{ "POST", "/demandes/*/confirmer", page_preview, ACCESS_WORKER },
	{ "GET", "/demandes/*/accuse", page_receipt, ACCESS_WORKER },
	{ "GET", "/demandes/*/accuse.pdf", page_receipt, ACCESS_WORKER },
	{ "GET", "/contact", page_contact, ACCESS_SIGNED_IN },
	{ "POST", "/contact", page_contact, ACCESS_SIGNED_IN },
	{ "GET", "/droits", page_rights, ACCESS_WORKER },
	{ "GET", "/paiements", page_payments, ACCESS_WORKER },
	{ "GET", "/attestations", page_attestations, ACCESS_WORKER },
	{ "POST", "/attestations", page_attestations, ACCESS_WORKER },
	{ "GET", "/attestations/*", page_attestations, ACCESS_WORKER },
	{ "GET", "/dossier", page_dossier, ACCESS_WORKER },
	{ "GET", "/dossier/*", page_dossier, ACCESS_WORKER },
	{ "GET", "/dossier/*/decision.pdf", page_dossier, ACCESS_WORKER },
	{ "GET", "/annuler", page_cancel, ACCESS_WORKER },
	{ "GET", "/annuler/*", page_cancel, ACCESS_WORKER },
	{ "POST", "/annuler/*", page_cancel, ACCESS_WORKER },
	{ "GET", "/pieces/*", page_attachments, ACCESS_WORKER },
	{ "POST", "/pieces/*", page_attachments, ACCESS_WORKER },
	{ "POST", "/pieces/*/supprimer", page_attachments, ACCESS_WORKER },
	{ "POST", "/pieces/*/envoi", page_attachments, ACCESS_WORKER },
	{ "GET", "/pieces/*/document/*", page_attachments, ACCESS_WORKER },

	/* The employer's side (fcgi/employer/); "nouvelle" before the tickets. */
	{ "GET", "/employeur", page_employer, ACCESS_EMPLOYER },
	{ "GET", "/employeur/demandes/nouvelle", page_employer_form, ACCESS_EMPLOYER },
	{ "POST", "/employeur/demandes/nouvelle", page_employer_form, ACCESS_EMPLOYER },
	{ "GET", "/employeur/demandes/*", page_employer_request, ACCESS_EMPLOYER },
	{ "GET", "/employeur/demandes/*/modifier", page_employer_form, ACCESS_EMPLOYER },
	{ "POST", "/employeur/demandes/*/modifier", page_employer_form, ACCESS_EMPLOYER },
	{ "GET", "/employeur/demandes/*/retirer", page_employer_request, ACCESS_EMPLOYER },
	{ "POST", "/employeur/demandes/*/retirer", page_employer_request, ACCESS_EMPLOYER },
	{ "GET", "/employeur/demandes/*/pieces", page_employer_attachments, ACCESS_EMPLOYER },
	{ "POST", "/employeur/demandes/*/pieces", page_employer_attachments, ACCESS_EMPLOYER },
	{ "POST", "/employeur/demandes/*/pieces/supprimer", page_employer_attachments,
	    ACCESS_EMPLOYER },
	{ "GET", "/employeur/demandes/*/pieces/document/*", page_employer_attachments,
	    ACCESS_EMPLOYER },

	{ "GET", "/onem/login", page_onem_login, ACCESS_PUBLIC },
	{ "POST", "/onem/login", page_onem_login, ACCESS_PUBLIC },
	{ "GET", "/onem/", page_onem_home, ACCESS_AGENT },
	{ "GET", "/onem/demandes/*", page_onem_request, ACCESS_AGENT },
	{ "POST", "/onem/demandes/*/traiter", page_onem_request, ACCESS_AGENT },
	{ "POST", "/onem/demandes/*/decision", page_onem_request, ACCESS_AGENT },
	{ "GET", "/onem/demandes/*/decision.pdf", page_onem_request, ACCESS_AGENT },
	{ "GET", "/onem/demandes/*/document/*", page_onem_request, ACCESS_AGENT },
};
const size_t nroutes = sizeof(routes) / sizeof(routes[0]);
