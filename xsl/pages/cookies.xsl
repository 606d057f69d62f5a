<?xml version="1.0" encoding="UTF-8"?>
<!--
  Cookies (page id "cookies", GET /cookies): the service sets only strictly
  necessary cookies, so no consent banner; the table lists each one the
  pool sets (session.c, auth/page_login.c, worker.c), with its purpose and
  lifetime. Its <content/> is empty: every text, the cookie names included,
  is in the catalogues (keys cookies.*), so the names stay next to their
  descriptions.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='cookies']" mode="title">
    <xsl:value-of select="t:msg('cookies.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='cookies']" mode="main">
    <h1 class="info-title"><xsl:value-of select="t:msg('cookies.title')"/></h1>
    <p class="lead"><xsl:value-of select="t:msg('cookies.necessary')"/></p>
    <p><xsl:value-of select="t:msg('cookies.intro')"/></p>
    <p><xsl:value-of select="t:msg('cookies.consent')"/></p>

    <div class="table-scroll" tabindex="0" role="region" aria-label="{t:msg('cookies.table')}">
      <table class="data cookie-table">
        <caption><xsl:value-of select="t:msg('cookies.table')"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="t:msg('cookies.col.name')"/></th>
            <th scope="col"><xsl:value-of select="t:msg('cookies.col.purpose')"/></th>
            <th scope="col"><xsl:value-of select="t:msg('cookies.col.duration')"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:call-template name="cookie-row">
            <xsl:with-param name="name" select="t:msg('cookies.session.name')"/>
            <xsl:with-param name="purpose" select="t:msg('cookies.session.purpose')"/>
            <xsl:with-param name="alias-text" select="t:msg('cookies.session.https')"/>
            <xsl:with-param name="alias" select="t:msg('cookies.session.https.name')"/>
            <xsl:with-param name="alias-end" select="t:msg('cookies.session.https.end')"/>
            <xsl:with-param name="duration" select="t:msg('cookies.session.duration')"/>
          </xsl:call-template>
          <xsl:call-template name="cookie-row">
            <xsl:with-param name="name" select="t:msg('cookies.login.name')"/>
            <xsl:with-param name="purpose" select="t:msg('cookies.login.purpose')"/>
            <xsl:with-param name="duration" select="t:msg('cookies.login.duration')"/>
          </xsl:call-template>
          <xsl:call-template name="cookie-row">
            <xsl:with-param name="name" select="t:msg('cookies.csrf.name')"/>
            <xsl:with-param name="purpose" select="t:msg('cookies.csrf.purpose')"/>
            <xsl:with-param name="duration" select="t:msg('cookies.csrf.duration')"/>
          </xsl:call-template>
          <xsl:call-template name="cookie-row">
            <xsl:with-param name="name" select="t:msg('cookies.lang.name')"/>
            <xsl:with-param name="purpose" select="t:msg('cookies.lang.purpose')"/>
            <xsl:with-param name="duration" select="t:msg('cookies.lang.duration')"/>
          </xsl:call-template>
        </tbody>
      </table>
    </div>

    <p><xsl:value-of select="t:msg('cookies.identification')"/></p>

    <h2><xsl:value-of select="t:msg('cookies.manage.title')"/></h2>
    <p><xsl:value-of select="t:msg('cookies.block')"/></p>
    <p>
      <xsl:value-of select="t:msg('cookies.privacy')"/>
      <xsl:text> </xsl:text>
      <a href="/vie-privee"><xsl:value-of select="t:msg('cookies.privacy.link')"/></a>
      <xsl:value-of select="t:msg('cookies.privacy.end')"/>
    </p>
  </xsl:template>

  <!--
    One row of the table: the cookie's name heads the row. A cookie that
    takes another name under HTTPS gives it in alias, with the sentence
    around it in alias-text and alias-end.
  -->
  <xsl:template name="cookie-row">
    <xsl:param name="name"/>
    <xsl:param name="purpose"/>
    <xsl:param name="duration"/>
    <xsl:param name="alias-text"/>
    <xsl:param name="alias"/>
    <xsl:param name="alias-end"/>
    <tr>
      <th scope="row"><code><xsl:value-of select="$name"/></code></th>
      <td>
        <xsl:value-of select="$purpose"/>
        <xsl:if test="string($alias)">
          <xsl:value-of select="concat(' ', $alias-text, ' ')"/>
          <code><xsl:value-of select="$alias"/></code>
          <xsl:value-of select="$alias-end"/>
        </xsl:if>
      </td>
      <td><xsl:value-of select="$duration"/></td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
