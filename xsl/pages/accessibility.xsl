<?xml version="1.0" encoding="UTF-8"?>
<!--
  Accessibility statement (page id "accessibility", GET /accessibilite), with
  the content Directive (EU) 2016/2102 art. 7 asks for, in the order of the
  model statement of Implementing Decision (EU) 2018/1523: commitment,
  compliance status, non-accessible content, preparation of the statement,
  feedback and contact, enforcement procedure (the federal Ombudsman).
  Its <content/> is empty: every text is in the catalogues (keys a11y.*,
  contact labels info.*).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='accessibility']" mode="title">
    <xsl:value-of select="t:msg('a11y.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='accessibility']" mode="main">
    <h1 class="info-title"><xsl:value-of select="t:msg('a11y.title')"/></h1>
    <p class="lead"><xsl:value-of select="t:msg('a11y.commitment')"/></p>
    <p><xsl:value-of select="t:msg('a11y.scope')"/></p>

    <h2><xsl:value-of select="t:msg('a11y.status.title')"/></h2>
    <p><xsl:value-of select="t:msg('a11y.status.text')"/></p>
    <p><xsl:value-of select="t:msg('a11y.status.new')"/></p>

    <h2><xsl:value-of select="t:msg('a11y.gaps.title')"/></h2>
    <p><xsl:value-of select="t:msg('a11y.gaps.intro')"/></p>
    <h3><xsl:value-of select="t:msg('a11y.gaps.noncompliance.title')"/></h3>
    <ul class="list">
      <li><xsl:value-of select="t:msg('a11y.gaps.audit')"/></li>
      <li><xsl:value-of select="t:msg('a11y.gaps.pdf')"/></li>
    </ul>
    <h3><xsl:value-of select="t:msg('a11y.gaps.burden.title')"/></h3>
    <p><xsl:value-of select="t:msg('a11y.gaps.burden.text')"/></p>
    <h3><xsl:value-of select="t:msg('a11y.gaps.exempt.title')"/></h3>
    <p><xsl:value-of select="t:msg('a11y.gaps.exempt.text')"/></p>

    <h2><xsl:value-of select="t:msg('a11y.prep.title')"/></h2>
    <p><xsl:value-of select="t:msg('a11y.prep.date')"/></p>
    <p><xsl:value-of select="t:msg('a11y.prep.method')"/></p>
    <p><xsl:value-of select="t:msg('a11y.prep.review')"/></p>

    <h2><xsl:value-of select="t:msg('a11y.feedback.title')"/></h2>
    <p><xsl:value-of select="t:msg('a11y.feedback.text')"/></p>
    <ul class="list">
      <li><xsl:value-of select="t:msg('a11y.feedback.phone')"/></li>
      <li>
        <xsl:value-of select="t:msg('a11y.feedback.office')"/>
        <xsl:text> </xsl:text>
        <a href="/contact-onem"><xsl:value-of select="t:msg('a11y.feedback.office.link')"/></a>
        <xsl:value-of select="t:msg('a11y.feedback.office.end')"/>
      </li>
    </ul>
    <p><xsl:value-of select="t:msg('a11y.feedback.complaint')"/></p>

    <h2><xsl:value-of select="t:msg('a11y.enforcement.title')"/></h2>
    <p><xsl:value-of select="t:msg('a11y.enforcement.text')"/></p>
    <div class="contact-card">
      <p class="contact-name"><xsl:value-of select="t:msg('a11y.enforcement.body')"/></p>
      <dl class="contact-details">
        <div>
          <dt><xsl:value-of select="t:msg('info.address')"/></dt>
          <dd><xsl:value-of select="t:msg('a11y.enforcement.address')"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="t:msg('info.phone')"/></dt>
          <dd><xsl:value-of select="t:msg('a11y.enforcement.phone')"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="t:msg('info.email')"/></dt>
          <dd>
            <a href="mailto:{t:msg('a11y.enforcement.email')}">
              <xsl:value-of select="t:msg('a11y.enforcement.email')"/>
            </a>
          </dd>
        </div>
        <div>
          <dt><xsl:value-of select="t:msg('info.website')"/></dt>
          <dd>
            <a href="{t:msg('a11y.enforcement.url')}">
              <xsl:value-of select="t:msg('a11y.enforcement.website')"/>
            </a>
          </dd>
        </div>
      </dl>
    </div>
  </xsl:template>
</xsl:stylesheet>
