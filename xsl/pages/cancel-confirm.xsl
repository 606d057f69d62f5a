<?xml version="1.0" encoding="UTF-8"?>
<!--
  The question before the worker cancels a request not yet completed
  (page id "cancel-confirm", menu "annuler"), GET /annuler/<ticket>:
  the request, a warning that cancelling is final and that the employer
  will see it cancelled, and POST /annuler/<ticket> (with the CSRF token),
  which cancels it and goes back to /annuler with a success panel.
  <content><request ticket ticket-display status ..><employer bce><name/>..
  </employer><worker ../></request><sentences><sentence/>..</sentences></content>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='cancel-confirm']" mode="title">
    <xsl:call-template name="msg-format">
      <xsl:with-param name="key" select="'cancel.confirm.title'"/>
      <xsl:with-param name="a1" select="content/request/@ticket-display"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="page[@id='cancel-confirm']" mode="menu">annuler</xsl:template>

  <xsl:template match="page[@id='cancel-confirm']" mode="main">
    <xsl:variable name="r" select="content/request"/>
    <h1>
      <xsl:call-template name="msg-format">
        <xsl:with-param name="key" select="'cancel.confirm.title'"/>
        <xsl:with-param name="a1" select="$r/@ticket-display"/>
      </xsl:call-template>
    </h1>
    <dl class="summary">
      <div>
        <dt><xsl:value-of select="t:msg('worker.request.employer')"/></dt>
        <dd><xsl:value-of select="$r/employer/name"/></dd>
      </div>
    </dl>
    <div class="request-context">
      <p><xsl:value-of select="content/sentences/sentence[1]"/></p>
    </div>
    <p class="warning-text" id="cancel-warning"><xsl:value-of select="t:msg('cancel.confirm.warning')"/></p>
    <form method="post" action="/annuler/{$r/@ticket}" novalidate="novalidate">
      <xsl:call-template name="form-csrf"/>
      <div class="actions">
        <button type="submit" class="button button-warning" aria-describedby="cancel-warning">
          <xsl:value-of select="t:msg('cancel.button')"/>
        </button>
        <xsl:text> </xsl:text>
        <a class="button button-secondary" href="/annuler"><xsl:value-of select="t:msg('cancel.back')"/></a>
      </div>
    </form>
  </xsl:template>
</xsl:stylesheet>
