<?xml version="1.0" encoding="UTF-8"?>
<!--
  One attestation of the worker's (page id "attestation", menu
  "attestations"): <content>[<issued/>]<attestation code code-display
  kind issued span-start? span-end? size><periods><period type motive?
  regime start end/>..</periods><balances><balance ../>..</balances>
  </attestation></content>; <issued/> when it was just asked for.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='attestation']" mode="title">
    <xsl:value-of select="t:msg(concat('attestation.kind.', content/attestation/@kind))"/>
  </xsl:template>

  <xsl:template match="page[@id='attestation']" mode="menu">attestations</xsl:template>

  <xsl:template match="page[@id='attestation']" mode="main">
    <xsl:variable name="a" select="content/attestation"/>
    <xsl:if test="content/issued">
      <div class="panel panel-success" role="alert">
        <p><xsl:value-of select="t:msg('attestation.ready')"/></p>
      </div>
    </xsl:if>
    <h1><xsl:value-of select="t:msg(concat('attestation.kind.', $a/@kind))"/></h1>
    <xsl:apply-templates select="$a" mode="attestation-summary"/>
    <p>
      <a class="button" href="/attestations/{$a/@code}.pdf" download="">
        <xsl:call-template name="msg-format">
          <xsl:with-param name="key" select="'attestation.download'"/>
          <xsl:with-param name="a1" select="ceiling($a/@size div 1024)"/>
        </xsl:call-template>
      </a>
    </p>
    <p>
      <xsl:value-of select="t:msg('attestation.verify.hint')"/>
      <xsl:text> </xsl:text>
      <a href="/verification?code={$a/@code}"><xsl:value-of select="t:msg('verify.title')"/></a>
    </p>
    <xsl:if test="$a/@kind = 'rights'">
      <h2><xsl:value-of select="t:msg('attestation.balances.title')"/></h2>
      <xsl:call-template name="rights-table">
        <xsl:with-param name="balances" select="$a/balances/balance"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:apply-templates select="$a/periods" mode="attestation-periods"/>
    <p><a href="/attestations"><xsl:value-of select="t:msg('attestations.back')"/></a></p>
  </xsl:template>

  <!-- Issued on, span, code (and the holder's initials on the public check page). -->
  <xsl:template match="attestation" mode="attestation-summary">
    <dl class="summary">
      <div>
        <dt><xsl:value-of select="t:msg('attestations.col.kind')"/></dt>
        <dd><xsl:value-of select="t:msg(concat('attestation.kind.', @kind))"/></dd>
      </div>
      <xsl:if test="@initials">
        <div>
          <dt><xsl:value-of select="t:msg('verify.initials')"/></dt>
          <dd><xsl:value-of select="@initials"/></dd>
        </div>
      </xsl:if>
      <div>
        <dt><xsl:value-of select="t:msg('attestations.col.issued')"/></dt>
        <dd><xsl:value-of select="@issued"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('attestations.col.span')"/></dt>
        <dd><xsl:call-template name="attestation-span"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('attestations.col.code')"/></dt>
        <dd class="reference-large nowrap"><xsl:value-of select="@code-display"/></dd>
      </div>
    </dl>
  </xsl:template>

  <!--
    The periods an attestation names under their heading, as a table; or
    the sentence saying there are none.
  -->
  <xsl:template match="periods" mode="attestation-periods">
    <h2><xsl:value-of select="t:msg(concat('attestation.', ../@kind, '.title'))"/></h2>
    <xsl:choose>
      <xsl:when test="period">
        <div class="table-scroll">
          <table class="data table-reflow">
            <caption class="visually-hidden"><xsl:value-of select="t:msg(concat('attestation.', ../@kind, '.title'))"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="t:msg('rights.col.type')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('rights.col.regimes')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('attestation.col.start')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('attestation.col.end')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="period">
                <tr>
                  <td data-label="{t:msg('rights.col.type')}">
                    <xsl:value-of select="t:msg(concat('leave.type.', @type))"/>
                    <xsl:if test="@motive">
                      <xsl:value-of select="concat(' (', t:msg(concat('leave.motive.', @motive)), ')')"/>
                    </xsl:if>
                  </td>
                  <td data-label="{t:msg('rights.col.regimes')}"><xsl:value-of select="t:msg(concat('leave.regime.', @regime))"/></td>
                  <td data-label="{t:msg('attestation.col.start')}" class="nowrap"><xsl:value-of select="@start"/></td>
                  <td data-label="{t:msg('attestation.col.end')}" class="nowrap"><xsl:value-of select="@end"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg(concat('attestation.none.', ../@kind))"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
