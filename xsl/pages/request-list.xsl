<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Compléter une demande": the worker's requests in status Partiel, one
  radio each, and "Suivant" (page id "request-list", menu "demandes"):
  <content [truncated="1"]><form>[<error field="ticket">..</error>]</form>
  <requests><request ticket ticket-display status type motive regime start
  start-fr end end-fr bce employer niss given-name family-name communication
  created/>...</requests></content>.
  The named template request-choice is shared with attachment-list.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='request-list']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:value-of select="t:msg('requests.doc.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='request-list']" mode="menu">demandes</xsl:template>

  <xsl:template match="page[@id='request-list']" mode="main">
    <xsl:call-template name="form-summary"/>
    <h1><xsl:value-of select="t:msg('requests.title')"/></h1>
    <xsl:call-template name="request-choice">
      <xsl:with-param name="action" select="'/demandes'"/>
      <xsl:with-param name="intro" select="'requests.intro'"/>
      <xsl:with-param name="legend" select="'requests.legend'"/>
      <xsl:with-param name="caption" select="'requests.caption'"/>
      <xsl:with-param name="empty" select="'requests.empty'"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    The list of requests to choose from: a GET form whose radios are named
    "ticket", in a table with the seed's columns, and "Suivant".
  -->
  <xsl:template name="request-choice">
    <xsl:param name="action"/>
    <xsl:param name="intro"/>
    <xsl:param name="legend"/>
    <xsl:param name="caption"/>
    <xsl:param name="empty"/>
    <xsl:variable name="errors" select="content/form/error[@field = 'ticket']"/>
    <xsl:choose>
      <xsl:when test="content/requests/request">
        <p><xsl:value-of select="t:msg($intro)"/></p>
        <form method="get" action="{$action}" novalidate="novalidate">
          <div>
            <xsl:attribute name="class">
              <xsl:text>field</xsl:text>
              <xsl:if test="$errors"> field--error</xsl:if>
            </xsl:attribute>
            <fieldset class="fieldset">
              <xsl:if test="$errors">
                <xsl:attribute name="aria-describedby">ticket-error</xsl:attribute>
              </xsl:if>
              <legend class="legend"><xsl:value-of select="t:msg($legend)"/></legend>
              <xsl:if test="$errors">
                <p class="field-error" id="ticket-error">
                  <xsl:value-of select="$errors[1]"/>
                </p>
              </xsl:if>
              <div class="table-scroll" tabindex="0" role="region" aria-label="{t:msg($caption)}">
                <table class="data choice-table">
                  <caption><xsl:value-of select="t:msg($caption)"/></caption>
                  <thead>
                    <tr>
                      <th scope="col"><xsl:value-of select="t:msg('requests.col.choice')"/></th>
                      <th scope="col"><xsl:value-of select="t:msg('requests.col.ticket')"/></th>
                      <th scope="col"><xsl:value-of select="t:msg('requests.col.status')"/></th>
                      <th scope="col"><xsl:value-of select="t:msg('requests.col.employer')"/></th>
                      <th scope="col"><xsl:value-of select="t:msg('requests.col.type')"/></th>
                      <th scope="col"><xsl:value-of select="t:msg('requests.col.period')"/></th>
                    </tr>
                  </thead>
                  <tbody>
                    <xsl:for-each select="content/requests/request">
                      <xsl:variable name="id">
                        <xsl:choose>
                          <xsl:when test="position() = 1">ticket</xsl:when>
                          <xsl:otherwise><xsl:value-of select="concat('ticket-', position())"/></xsl:otherwise>
                        </xsl:choose>
                      </xsl:variable>
                      <tr>
                        <td class="choice-cell">
                          <input type="radio" id="{$id}" name="ticket" value="{@ticket}"
                              aria-describedby="{$id}-type {$id}-period">
                            <xsl:if test="$errors"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
                          </input>
                        </td>
                        <td><label for="{$id}"><xsl:value-of select="@ticket-display"/></label></td>
                        <td><xsl:value-of select="t:msg(concat('leave.status.', @status))"/></td>
                        <td><xsl:value-of select="@employer"/></td>
                        <td id="{$id}-type"><xsl:call-template name="request-type-short"/></td>
                        <td id="{$id}-period"><xsl:call-template name="request-period"/></td>
                      </tr>
                    </xsl:for-each>
                  </tbody>
                </table>
              </div>
            </fieldset>
          </div>
          <xsl:if test="content/@truncated = '1'">
            <p><xsl:value-of select="t:msg('requests.truncated')"/></p>
          </xsl:if>
          <button type="submit" class="button"><xsl:value-of select="t:msg('requests.next')"/></button>
        </form>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg($empty)"/></p>
        <p><a href="/accueil"><xsl:value-of select="t:msg('requests.home')"/></a></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
