<?xml version="1.0" encoding="UTF-8"?>
<!--
  The worker's part of a request (page id "worker-part", menu "demandes"):
  <content><request ticket ticket-display status type motive regime start
  start-fr end end-fr allowances concerned ...><employer bce ..>..</employer>
  <worker niss ../></request><sentences><sentence>La demande concerne
  ..</sentence>...</sentences><documents><document code/>...</documents>
  <form><v name=".."/>...<error field="..">..</error></form></content>.
  POST /demandes/<ticket>/travailleur; saved, it leads to the preview.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='worker-part']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:value-of select="t:msg('worker.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='worker-part']" mode="menu">demandes</xsl:template>

  <xsl:template match="page[@id='worker-part']" mode="main">
    <xsl:variable name="r" select="content/request"/>
    <xsl:call-template name="form-summary"/>
    <p class="caption">
      <xsl:value-of select="concat(t:msg('worker.caption'), ' ', $r/@ticket-display)"/>
    </p>
    <h1><xsl:value-of select="t:msg('worker.title')"/></h1>
    <p><xsl:value-of select="t:msg('worker.intro')"/></p>
    <div class="request-context">
      <h2><xsl:value-of select="t:msg('worker.request.title')"/></h2>
      <p><xsl:value-of select="content/sentences/sentence[1]"/></p>
      <xsl:if test="$r/@concerned and content/sentences/sentence[2]">
        <p><xsl:value-of select="content/sentences/sentence[2]"/></p>
      </xsl:if>
      <p><xsl:value-of select="concat(t:msg('worker.request.employer'), ' ', $r/employer/name)"/></p>
    </div>
    <form method="post" action="/demandes/{$r/@ticket}/travailleur" novalidate="novalidate">
      <xsl:call-template name="form-csrf"/>
      <xsl:call-template name="form-text">
        <xsl:with-param name="name" select="'career_years'"/>
        <xsl:with-param name="label" select="'worker.career_years'"/>
        <xsl:with-param name="hint" select="'worker.career_years.hint'"/>
        <xsl:with-param name="width" select="'4'"/>
        <xsl:with-param name="inputmode" select="'numeric'"/>
        <xsl:with-param name="maxlength" select="'2'"/>
      </xsl:call-template>
      <xsl:call-template name="form-radios">
        <xsl:with-param name="name" select="'family_situation'"/>
        <xsl:with-param name="legend" select="'worker.family_situation'"/>
        <xsl:with-param name="options" select="'cohabitant isolated head'"/>
        <xsl:with-param name="prefix" select="'worker.family.'"/>
      </xsl:call-template>
      <xsl:call-template name="form-radios">
        <xsl:with-param name="name" select="'payment'"/>
        <xsl:with-param name="legend" select="'worker.payment'"/>
        <xsl:with-param name="options" select="'account cheque'"/>
        <xsl:with-param name="prefix" select="'worker.payment.'"/>
      </xsl:call-template>
      <xsl:call-template name="form-text">
        <xsl:with-param name="name" select="'iban'"/>
        <xsl:with-param name="label" select="'worker.iban'"/>
        <xsl:with-param name="hint" select="'worker.iban.hint'"/>
        <xsl:with-param name="width" select="'20'"/>
        <xsl:with-param name="required" select="0"/>
        <xsl:with-param name="spellcheck" select="'false'"/>
        <xsl:with-param name="maxlength" select="'42'"/>
      </xsl:call-template>
      <xsl:call-template name="form-text">
        <xsl:with-param name="name" select="'bic'"/>
        <xsl:with-param name="label" select="'worker.bic'"/>
        <xsl:with-param name="hint" select="'worker.bic.hint'"/>
        <xsl:with-param name="width" select="'10'"/>
        <xsl:with-param name="required" select="0"/>
        <xsl:with-param name="spellcheck" select="'false'"/>
        <xsl:with-param name="maxlength" select="'11'"/>
      </xsl:call-template>
      <xsl:call-template name="form-radios">
        <xsl:with-param name="name" select="'secondary_activity'"/>
        <xsl:with-param name="legend" select="'worker.secondary_activity'"/>
        <xsl:with-param name="hint" select="'worker.secondary_activity.hint'"/>
        <xsl:with-param name="options" select="'1 0'"/>
        <xsl:with-param name="prefix" select="'form.choice.'"/>
        <xsl:with-param name="inline" select="1"/>
      </xsl:call-template>
      <xsl:call-template name="form-text">
        <xsl:with-param name="name" select="'postcode'"/>
        <xsl:with-param name="label" select="'worker.postcode'"/>
        <xsl:with-param name="hint" select="'worker.postcode.hint'"/>
        <xsl:with-param name="width" select="'4'"/>
        <xsl:with-param name="inputmode" select="'numeric'"/>
        <xsl:with-param name="autocomplete" select="'postal-code'"/>
        <xsl:with-param name="maxlength" select="'4'"/>
      </xsl:call-template>
      <xsl:call-template name="form-required-note"/>
      <div class="actions">
        <a class="button button-secondary" href="/demandes"><xsl:value-of select="t:msg('form.back')"/></a>
        <xsl:text> </xsl:text>
        <button type="submit" class="button"><xsl:value-of select="t:msg('worker.submit')"/></button>
      </div>
    </form>
  </xsl:template>
</xsl:stylesheet>
