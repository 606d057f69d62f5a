<?xml version="1.0" encoding="UTF-8"?>
<!--
  The choice of role after login (page id "role"):
  <content><next>/path</next><choices><choice role="worker"/>
  <choice role="employer" bce="0123456749"/>...</choices></content>.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='role']" mode="title">
    <xsl:value-of select="t:msg('role.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='role']" mode="main">
    <h1><xsl:value-of select="t:msg('role.title')"/></h1>
    <p><xsl:value-of select="t:msg('role.intro')"/></p>
    <ul class="choices">
      <xsl:for-each select="content/choices/choice">
        <li>
          <form method="post" action="/auth/role">
            <input type="hidden" name="csrf" value="{/page/meta/csrf}"/>
            <input type="hidden" name="next" value="{/page/content/next}"/>
            <input type="hidden" name="role" value="{@role}"/>
            <xsl:if test="@bce">
              <input type="hidden" name="bce" value="{@bce}"/>
            </xsl:if>
            <button type="submit" class="button">
              <xsl:choose>
                <xsl:when test="@role = 'employer'">
                  <xsl:value-of select="concat(t:msg('role.employer'), ' ', @bce)"/>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="t:msg('role.worker')"/></xsl:otherwise>
              </xsl:choose>
            </button>
          </form>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>
</xsl:stylesheet>
