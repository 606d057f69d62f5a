<?xml version="1.0" encoding="UTF-8"?>
<!--
  The one stylesheet each worker compiles: the shared layout plus one module
  per page id. A page module (pages/<id>.xsl) defines, matching
  page[@id='<id>']:
    mode="title"  the page's title (the layout adds " – Break@work – ONEM");
    mode="main"   what goes inside <main>, starting with the page's one h1;
    mode="menu"   optional: the left-menu item to mark as current
                  (nouveau, breakatwork, dossier, attestations, demandes,
                  annuler, contact, pieces).
  Adding a page is one more xsl:include below.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:include href="layout.xsl"/>
  <xsl:include href="forms.xsl"/>
  <xsl:include href="pages/start.xsl"/>
  <xsl:include href="pages/error.xsl"/>
  <xsl:include href="pages/contact-onem.xsl"/>
  <xsl:include href="pages/home.xsl"/>
  <xsl:include href="pages/role.xsl"/>
  <xsl:include href="pages/auth-error.xsl"/>
  <xsl:include href="pages/onem-login.xsl"/>
  <xsl:include href="pages/onem-home.xsl"/>
  <xsl:include href="pages/onem-request.xsl"/>
  <xsl:include href="pages/new-citizen.xsl"/>
  <xsl:include href="pages/accessibility.xsl"/>
  <xsl:include href="pages/cookies.xsl"/>
  <xsl:include href="pages/privacy.xsl"/>
  <xsl:include href="pages/request-list.xsl"/>
  <xsl:include href="pages/attachment-list.xsl"/>
  <xsl:include href="pages/attachments.xsl"/>
  <xsl:include href="pages/attachments-delete.xsl"/>
  <xsl:include href="pages/worker-part.xsl"/>
  <xsl:include href="pages/preview.xsl"/>
  <xsl:include href="pages/receipt.xsl"/>
  <xsl:include href="pages/employer-home.xsl"/>
  <xsl:include href="pages/employer-form.xsl"/>
  <xsl:include href="pages/employer-request.xsl"/>
  <xsl:include href="pages/employer-withdraw.xsl"/>
  <xsl:include href="pages/dossier.xsl"/>
  <xsl:include href="pages/dossier-request.xsl"/>
  <xsl:include href="pages/cancel-list.xsl"/>
  <xsl:include href="pages/cancel-confirm.xsl"/>
  <xsl:include href="pages/contact.xsl"/>
  <xsl:include href="pages/rights.xsl"/>
  <xsl:include href="pages/payments.xsl"/>
  <xsl:include href="pages/attestations.xsl"/>
  <xsl:include href="pages/attestation.xsl"/>
  <xsl:include href="pages/verify.xsl"/>
</xsl:stylesheet>
