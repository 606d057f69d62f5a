<?xml version="1.0" encoding="UTF-8"?>
<!--
  One request as its employer sees it (page id "employer-request", no menu
  item): the ticket and the communication number, where it stands, the
  worker, the request in sentences, the employer's data and the history.
  <content><request ticket ticket-display communication status ..>
  <employer bce work-percent headcount><name/><street/><postcode/><city/><onss/>
  <joint-committee/></employer><worker niss given-name family-name/></request>
  <sentences><sentence/>..</sentences><documents><document code/>..</documents>
  <history><event at actor from to reason/>..</history></content>.
  The named template employer-request-summary is shared with employer-withdraw.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='employer-request']" mode="title">
    <xsl:call-template name="msg-format">
      <xsl:with-param name="key" select="'employer.request.title'"/>
      <xsl:with-param name="a1" select="content/request/@ticket-display"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="page[@id='employer-request']" mode="main">
    <xsl:variable name="r" select="content/request"/>
    <h1>
      <xsl:call-template name="msg-format">
        <xsl:with-param name="key" select="'employer.request.title'"/>
        <xsl:with-param name="a1" select="$r/@ticket-display"/>
      </xsl:call-template>
    </h1>
    <div class="panel panel-success">
      <dl class="panel-numbers">
        <div>
          <dt><xsl:value-of select="t:msg('employer.request.ticket')"/></dt>
          <dd class="reference reference-large"><xsl:value-of select="$r/@ticket-display"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="t:msg('employer.request.communication')"/></dt>
          <dd class="reference reference-large"><xsl:value-of select="$r/@communication"/></dd>
        </div>
      </dl>
    </div>
    <p><xsl:value-of select="t:msg('employer.request.numbers')"/></p>
    <p>
      <xsl:value-of select="t:msg('employer.request.status')"/>
      <xsl:text> </xsl:text>
      <strong><xsl:value-of select="t:msg(concat('leave.status.', $r/@status))"/></strong>
    </p>
    <xsl:if test="$r/@status = 'partial'">
      <p><xsl:value-of select="t:msg('employer.request.partial')"/></p>
      <ul class="links">
        <li><a href="/employeur/demandes/{$r/@ticket}/modifier"><xsl:value-of select="t:msg('employer.request.change')"/></a></li>
        <li><a href="/employeur/demandes/{$r/@ticket}/retirer"><xsl:value-of select="t:msg('employer.request.withdraw')"/></a></li>
      </ul>
    </xsl:if>
    <xsl:if test="$r/@status = 'annexes' and content/documents/document">
      <p><xsl:value-of select="t:msg('receipt.documents')"/></p>
      <ul class="list">
        <xsl:for-each select="content/documents/document">
          <li><xsl:value-of select="t:msg(concat('document.', @code))"/></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <xsl:if test="$r/@status = 'partial' or $r/@status = 'annexes'">
      <p><a href="/employeur/demandes/{$r/@ticket}/pieces"><xsl:value-of select="t:msg('employer.request.documents')"/></a></p>
    </xsl:if>
    <xsl:if test="$r/@status = 'sent' and $r/@received-fr">
      <p>
        <xsl:call-template name="msg-format">
          <xsl:with-param name="key" select="'receipt.sent'"/>
          <xsl:with-param name="a1" select="$r/@received-fr"/>
        </xsl:call-template>
        <xsl:if test="$r/@office">
          <xsl:text> </xsl:text>
          <xsl:value-of select="concat(t:msg('receipt.office'), ' ', t:msg(concat('office.', $r/@office)))"/>
        </xsl:if>
      </p>
    </xsl:if>

    <xsl:call-template name="employer-request-summary"/>

    <h2><xsl:value-of select="t:msg('receipt.employer.title')"/></h2>
    <dl class="summary">
      <div>
        <dt><xsl:value-of select="t:msg('receipt.employer.name')"/></dt>
        <dd><xsl:value-of select="$r/employer/name"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('receipt.employer.bce')"/></dt>
        <dd><xsl:value-of select="$r/employer/@bce"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('receipt.employer.address')"/></dt>
        <dd><xsl:value-of select="concat($r/employer/street, ', ', $r/employer/postcode, ' ', $r/employer/city)"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('receipt.employer.onss')"/></dt>
        <dd><xsl:value-of select="$r/employer/onss"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('employer.request.joint_committee')"/></dt>
        <dd><xsl:value-of select="$r/employer/joint-committee"/></dd>
      </div>
      <xsl:if test="$r/employer/@work-percent">
        <div>
          <dt><xsl:value-of select="t:msg('employer.request.work_percent')"/></dt>
          <dd><xsl:value-of select="concat($r/employer/@work-percent, '&#160;%')"/></dd>
        </div>
      </xsl:if>
      <xsl:if test="$r/employer/@headcount">
        <div>
          <dt><xsl:value-of select="t:msg('employer.request.headcount')"/></dt>
          <dd><xsl:value-of select="$r/employer/@headcount"/></dd>
        </div>
      </xsl:if>
    </dl>

    <xsl:if test="content/history/event">
      <div class="table-scroll" tabindex="0" role="region" aria-label="{t:msg('employer.history.caption')}">
        <table class="data">
          <caption><xsl:value-of select="t:msg('employer.history.caption')"/></caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="t:msg('employer.history.date')"/></th>
              <th scope="col"><xsl:value-of select="t:msg('employer.history.actor')"/></th>
              <th scope="col"><xsl:value-of select="t:msg('employer.history.event')"/></th>
              <th scope="col"><xsl:value-of select="t:msg('employer.history.status')"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="content/history/event">
              <tr>
                <td class="nowrap"><xsl:value-of select="@at"/></td>
                <td><xsl:value-of select="t:msg(concat('history.actor.', @actor))"/></td>
                <td><xsl:value-of select="t:msg(concat('history.reason.', @reason))"/></td>
                <td><xsl:value-of select="t:msg(concat('leave.status.', @to))"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </xsl:if>
    <p><a href="/employeur"><xsl:value-of select="t:msg('employer.back')"/></a></p>
  </xsl:template>

  <!-- The worker and the request in sentences. -->
  <xsl:template name="employer-request-summary">
    <xsl:variable name="r" select="content/request"/>
    <h2><xsl:value-of select="t:msg('employer.request.worker')"/></h2>
    <dl class="summary">
      <div>
        <dt><xsl:value-of select="t:msg('employer.request.worker.name')"/></dt>
        <dd><xsl:value-of select="normalize-space(concat($r/worker/@given-name, ' ', $r/worker/@family-name))"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('person.niss')"/></dt>
        <dd><xsl:value-of select="$r/worker/@niss"/></dd>
      </div>
    </dl>
    <h2><xsl:value-of select="t:msg('employer.request.data')"/></h2>
    <xsl:for-each select="content/sentences/sentence">
      <p><xsl:value-of select="."/></p>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
