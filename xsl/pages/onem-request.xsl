<?xml version="1.0" encoding="UTF-8"?>
<!--
  One request of the office, for an ONEM agent (page id "onem-request"):
  <content>[<form>..</form>][<conflict/>][<decided/>]<request ..>..</request>
  <sentences/><attachments/><history/>[<decision outcome decided size><reason/>
  </decision>]</content>. A sent request can be taken in hand (POST
  .../traiter); one in hand is decided (POST .../decision), after a
  confirmation (<confirm outcome/>, the values in <form>).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='onem-request']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:call-template name="msg-format">
      <xsl:with-param name="key" select="'employer.request.title'"/>
      <xsl:with-param name="a1" select="content/request/@ticket-display"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="page[@id='onem-request']" mode="menu">onem</xsl:template>

  <xsl:template match="page[@id='onem-request']" mode="main">
    <xsl:variable name="c" select="content"/>
    <xsl:variable name="r" select="$c/request"/>
    <xsl:variable name="base" select="concat('/onem/demandes/', $r/@ticket)"/>
    <xsl:call-template name="form-summary"/>
    <xsl:if test="$c/decided">
      <div class="panel panel-success" role="alert">
        <p><xsl:value-of select="t:msg('onem.decided')"/></p>
      </div>
    </xsl:if>
    <xsl:if test="$c/conflict">
      <div class="error-summary" role="alert" tabindex="-1">
        <p><xsl:value-of select="t:msg('onem.error.state')"/></p>
      </div>
    </xsl:if>
    <h1>
      <xsl:call-template name="msg-format">
        <xsl:with-param name="key" select="'employer.request.title'"/>
        <xsl:with-param name="a1" select="$r/@ticket-display"/>
      </xsl:call-template>
    </h1>
    <dl class="summary">
      <div>
        <dt><xsl:value-of select="t:msg('onemhome.col.worker')"/></dt>
        <dd><xsl:value-of select="concat($r/worker/@given-name, ' ', $r/worker/@family-name, ' (', $r/worker/@niss, ')')"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('requests.col.status')"/></dt>
        <dd><strong><xsl:value-of select="t:msg(concat('leave.status.', $r/@status))"/></strong></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('dossier.col.received')"/></dt>
        <dd><xsl:value-of select="$r/@received-fr"/></dd>
      </div>
    </dl>
    <xsl:if test="$r/@status = 'sent'">
      <form method="post" action="{$base}/traiter">
        <xsl:call-template name="form-csrf"/>
        <div class="actions">
          <button type="submit" class="button"><xsl:value-of select="t:msg('onem.take')"/></button>
        </div>
      </form>
    </xsl:if>
    <xsl:if test="$r/@status = 'processing'">
      <h2><xsl:value-of select="t:msg('onem.decide.title')"/></h2>
      <xsl:choose>
        <xsl:when test="$c/confirm">
          <xsl:variable name="reason" select="string($c/form/v[@name = 'reason'])"/>
          <div class="panel notice-box">
            <p><xsl:value-of select="t:msg('onem.confirm.intro')"/></p>
            <dl class="summary">
              <div>
                <dt><xsl:value-of select="t:msg('onem.outcome')"/></dt>
                <dd><xsl:value-of select="t:msg(concat('onem.outcome.', $c/confirm/@outcome))"/></dd>
              </div>
              <xsl:if test="normalize-space($reason) != ''">
                <div>
                  <dt><xsl:value-of select="t:msg('decision.reason')"/></dt>
                  <dd class="pre-line"><xsl:value-of select="$reason"/></dd>
                </div>
              </xsl:if>
            </dl>
          </div>
          <form method="post" action="{$base}/decision">
            <xsl:call-template name="form-csrf"/>
            <input type="hidden" name="outcome" value="{$c/confirm/@outcome}"/>
            <input type="hidden" name="reason" value="{$reason}"/>
            <div class="actions">
              <button type="submit" name="confirm" value="1" class="button"><xsl:value-of select="t:msg('onem.confirm')"/></button>
              <button type="submit" name="edit" value="1" class="button button-secondary"><xsl:value-of select="t:msg('onem.edit')"/></button>
            </div>
          </form>
        </xsl:when>
        <xsl:otherwise>
          <form method="post" action="{$base}/decision" novalidate="novalidate">
            <xsl:call-template name="form-csrf"/>
            <xsl:call-template name="form-radios">
              <xsl:with-param name="name" select="'outcome'"/>
              <xsl:with-param name="legend" select="'onem.outcome'"/>
              <xsl:with-param name="options" select="'granted unpaid refused'"/>
              <xsl:with-param name="prefix" select="'onem.outcome.'"/>
            </xsl:call-template>
            <xsl:call-template name="form-textarea">
              <xsl:with-param name="name" select="'reason'"/>
              <xsl:with-param name="label" select="'decision.reason'"/>
              <xsl:with-param name="hint" select="'onem.reason.hint'"/>
              <xsl:with-param name="required" select="0"/>
              <xsl:with-param name="maxlength" select="'4000'"/>
            </xsl:call-template>
            <div class="actions">
              <button type="submit" class="button"><xsl:value-of select="t:msg('onem.decide')"/></button>
            </div>
          </form>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
    <xsl:call-template name="request-decision">
      <xsl:with-param name="pdf" select="concat($base, '/decision.pdf')"/>
    </xsl:call-template>
    <xsl:call-template name="request-detail-body">
      <xsl:with-param name="documents" select="concat($base, '/document/')"/>
    </xsl:call-template>
    <p><a href="/onem/"><xsl:value-of select="t:msg('onem.back')"/></a></p>
  </xsl:template>
</xsl:stylesheet>
