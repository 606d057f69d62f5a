<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Annuler une demande" (page id "cancel-list", menu "annuler"), GET
  /annuler: the seed's rule (only a request not yet completed can be
  cancelled online), the worker's requests in status Partiel, one radio
  each, and "Suivant" to the confirmation (cancel-confirm).
  <content><requests><request ticket ticket-display status type motive regime
  start-fr end-fr bce employer ../>..</requests>
  <form>[<error field="ticket">text</error>]</form>
  [<cancelled ticket-display="1234-5678-9095"/>]</content>
  cancelled: the request just cancelled (after the POST's redirect). The
  list itself is request-list.xsl's request-choice.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='cancel-list']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:value-of select="t:msg('cancel.doc.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='cancel-list']" mode="menu">annuler</xsl:template>

  <xsl:template match="page[@id='cancel-list']" mode="main">
    <!-- Without a request to choose, the error's link lands on the rule. -->
    <xsl:call-template name="form-summary">
      <xsl:with-param name="aliases">
        <xsl:if test="not(content/requests/request)"> ticket=cancel-rule </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <h1><xsl:value-of select="t:msg('cancel.title')"/></h1>
    <xsl:if test="content/cancelled">
      <div class="panel panel-success" role="alert" aria-labelledby="cancel-done-title">
        <h2 id="cancel-done-title" class="panel-title"><xsl:value-of select="t:msg('cancel.done.title')"/></h2>
        <p>
          <xsl:call-template name="msg-format">
            <xsl:with-param name="key" select="'cancel.done'"/>
            <xsl:with-param name="a1" select="content/cancelled/@ticket-display"/>
          </xsl:call-template>
        </p>
      </div>
    </xsl:if>
    <p id="cancel-rule" tabindex="-1"><xsl:value-of select="t:msg('cancel.error.completed')"/></p>
    <xsl:call-template name="request-choice">
      <xsl:with-param name="action" select="'/annuler'"/>
      <xsl:with-param name="intro" select="'cancel.intro'"/>
      <xsl:with-param name="legend" select="'cancel.legend'"/>
      <xsl:with-param name="caption" select="'cancel.caption'"/>
      <xsl:with-param name="empty" select="'cancel.empty'"/>
    </xsl:call-template>
    <p><a href="/dossier"><xsl:value-of select="t:msg('dossier.back')"/></a></p>
  </xsl:template>
</xsl:stylesheet>
