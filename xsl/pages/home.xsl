<?xml version="1.0" encoding="UTF-8"?>
<!--
  The signed-in person's home (page id "home"):
  <content [can-switch="1"]><role name="worker|employer|none" [bce]/></content>.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='home']" mode="title">
    <xsl:value-of select="t:msg('home.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='home']" mode="menu">breakatwork</xsl:template>

  <xsl:template match="page[@id='home']" mode="main">
    <h1><xsl:value-of select="concat(t:msg('home.welcome'), ', ', user/name)"/></h1>
    <xsl:variable name="role" select="content/role"/>
    <p>
      <xsl:choose>
        <xsl:when test="$role/@name = 'worker'"><xsl:value-of select="t:msg('home.role.worker')"/></xsl:when>
        <xsl:when test="$role/@name = 'employer'">
          <xsl:value-of select="concat(t:msg('home.role.employer'), ' ', $role/@bce, '.')"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="t:msg('home.role.none')"/></xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:if test="content/@can-switch">
      <p><a href="/auth/role?next=/accueil"><xsl:value-of select="t:msg('home.switch')"/></a></p>
    </xsl:if>
    <xsl:if test="content/waiting/@complete &gt; 0 or content/waiting/@annexes &gt; 0">
      <div class="notice-box" role="region" aria-labelledby="home-waiting">
        <h2 id="home-waiting"><xsl:value-of select="t:msg('home.waiting')"/></h2>
        <ul class="list">
          <xsl:if test="content/waiting/@complete &gt; 0">
            <li>
              <a href="/demandes">
                <xsl:call-template name="msg-format">
                  <xsl:with-param name="key" select="'home.waiting.complete'"/>
                  <xsl:with-param name="a1" select="content/waiting/@complete"/>
                </xsl:call-template>
              </a>
            </li>
          </xsl:if>
          <xsl:if test="content/waiting/@annexes &gt; 0">
            <li>
              <a href="/pieces">
                <xsl:call-template name="msg-format">
                  <xsl:with-param name="key" select="'home.waiting.annexes'"/>
                  <xsl:with-param name="a1" select="content/waiting/@annexes"/>
                </xsl:call-template>
              </a>
            </li>
          </xsl:if>
        </ul>
      </div>
    </xsl:if>
    <xsl:if test="content/decisions/decision">
      <h2><xsl:value-of select="t:msg('home.decisions')"/></h2>
      <ul class="list">
        <xsl:for-each select="content/decisions/decision">
          <li>
            <a href="/dossier/{@ticket}"><xsl:value-of select="@ticket-display"/></a>
            <xsl:text> – </xsl:text>
            <xsl:call-template name="msg-format">
              <xsl:with-param name="key" select="concat('decision.summary.', @outcome)"/>
              <xsl:with-param name="a1" select="@decided"/>
            </xsl:call-template>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <h2><xsl:value-of select="t:msg('home.next')"/></h2>
    <ul>
      <xsl:choose>
        <xsl:when test="$role/@name = 'employer'">
          <li><a href="/employeur/demandes/nouvelle"><xsl:value-of select="t:msg('home.employer.new')"/></a></li>
          <li><a href="/employeur"><xsl:value-of select="t:msg('home.employer.overview')"/></a></li>
        </xsl:when>
        <xsl:otherwise>
          <li><a href="/demandes"><xsl:value-of select="t:msg('menu.demandes')"/></a></li>
          <li><a href="/pieces"><xsl:value-of select="t:msg('menu.pieces')"/></a></li>
          <li><a href="/dossier"><xsl:value-of select="t:msg('menu.dossier')"/></a></li>
          <li><a href="/droits"><xsl:value-of select="t:msg('home.rights')"/></a></li>
          <li><a href="/paiements"><xsl:value-of select="t:msg('home.payments')"/></a></li>
        </xsl:otherwise>
      </xsl:choose>
    </ul>
  </xsl:template>
</xsl:stylesheet>
