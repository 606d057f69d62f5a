<?xml version="1.0" encoding="UTF-8"?>
<!--
  One of the worker's requests in detail, from "Mon dossier" (page id
  "dossier-request", menu "dossier"), GET /dossier/<ticket>: where it
  stands and what the worker can do next, the employer's part, the
  worker's part in sentences, the documents and the history.
  <content>
    <request ticket ticket-display status type motive regime start-fr end-fr
        [received-fr] [office] ..>
      <employer bce><name/><street/><postcode/><city/><onss/></employer><worker niss ../>
    </request>
    <sentences><sentence/>..</sentences>
    <documents><document code [required="1"] count/>..</documents>
    <attachments><attachment id name type size-kb by at doc/>..</attachments>
    <history><event at actor from to reason/>..</history>
  </content>
  The tables reflow on a phone (class table-reflow, td data-label).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='dossier-request']" mode="title">
    <xsl:call-template name="msg-format">
      <xsl:with-param name="key" select="'employer.request.title'"/>
      <xsl:with-param name="a1" select="content/request/@ticket-display"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="page[@id='dossier-request']" mode="menu">dossier</xsl:template>

  <xsl:template match="page[@id='dossier-request']" mode="main">
    <xsl:variable name="c" select="content"/>
    <xsl:variable name="r" select="$c/request"/>
    <xsl:variable name="s" select="$r/@status"/>
    <h1>
      <xsl:call-template name="msg-format">
        <xsl:with-param name="key" select="'employer.request.title'"/>
        <xsl:with-param name="a1" select="$r/@ticket-display"/>
      </xsl:call-template>
    </h1>
    <p>
      <xsl:value-of select="t:msg('employer.request.status')"/>
      <xsl:text> </xsl:text>
      <strong><xsl:value-of select="t:msg(concat('leave.status.', $s))"/></strong>
    </p>
    <xsl:if test="$r/@received-fr">
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

    <xsl:if test="$s = 'partial'">
      <p><xsl:value-of select="t:msg('dossier.request.partial')"/></p>
    </xsl:if>
    <xsl:if test="$s = 'annexes' and $c/documents/document[@required = '1' and @count = '0']">
      <p><xsl:value-of select="t:msg('receipt.documents')"/></p>
      <ul class="list">
        <xsl:for-each select="$c/documents/document[@required = '1' and @count = '0']">
          <li><xsl:value-of select="t:msg(concat('document.', @code))"/></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <!-- What the worker can do next; a confirmed request has its acknowledgement. -->
    <xsl:variable name="confirmed" select="$c/history/event[@reason = 'confirmed']
        or $s = 'annexes' or $s = 'sent' or $s = 'processing' or $s = 'granted' or $s = 'unpaid'
        or $s = 'refused'"/>
    <xsl:if test="$s = 'partial' or $s = 'annexes' or $confirmed">
      <ul class="links">
        <xsl:if test="$s = 'partial'">
          <li><a href="/demandes/{$r/@ticket}/travailleur"><xsl:value-of select="t:msg('dossier.request.complete')"/></a></li>
          <li><a href="/annuler/{$r/@ticket}"><xsl:value-of select="t:msg('cancel.button')"/></a></li>
        </xsl:if>
        <xsl:if test="$s = 'annexes'">
          <li><a href="/pieces/{$r/@ticket}"><xsl:value-of select="t:msg('receipt.upload')"/></a></li>
        </xsl:if>
        <xsl:if test="$confirmed and $s != 'partial'">
          <li><a href="/demandes/{$r/@ticket}/accuse"><xsl:value-of select="t:msg('dossier.request.receipt')"/></a></li>
        </xsl:if>
      </ul>
    </xsl:if>

    <xsl:call-template name="request-decision">
      <xsl:with-param name="pdf" select="concat('/dossier/', $r/@ticket, '/decision.pdf')"/>
    </xsl:call-template>
    <xsl:call-template name="request-detail-body">
      <xsl:with-param name="documents" select="concat('/pieces/', $r/@ticket, '/document/')"/>
    </xsl:call-template>
    <p><a href="/dossier"><xsl:value-of select="t:msg('dossier.back')"/></a></p>
  </xsl:template>
  <!--
    A request's decision by the ONEM office, when there is one: outcome,
    date, reason, how to appeal, and its PDF at $pdf.
  -->
  <xsl:template name="request-decision">
    <xsl:param name="pdf"/>
    <xsl:variable name="d" select="/page/content/decision"/>
    <xsl:if test="$d">
      <h2><xsl:value-of select="t:msg('decision.title')"/></h2>
      <div class="panel notice-box">
        <p>
          <xsl:call-template name="msg-format">
            <xsl:with-param name="key" select="concat('decision.summary.', $d/@outcome)"/>
            <xsl:with-param name="a1" select="$d/@decided"/>
          </xsl:call-template>
        </p>
        <xsl:if test="$d/reason">
          <p><strong><xsl:value-of select="t:msg('decision.reason')"/></strong></p>
          <p class="pre-line"><xsl:value-of select="$d/reason"/></p>
        </xsl:if>
        <p><xsl:value-of select="t:msg('decision.appeal')"/></p>
        <p>
          <a href="{$pdf}" download="">
            <xsl:call-template name="msg-format">
              <xsl:with-param name="key" select="'decision.download'"/>
              <xsl:with-param name="a1" select="ceiling($d/@size div 1024)"/>
            </xsl:call-template>
          </a>
        </p>
      </div>
    </xsl:if>
  </xsl:template>

  <!--
    What a request's page shows to the worker and to the ONEM office: the
    employer's part, the worker's part in sentences, the documents (opened
    at $documents followed by their id) and the history.
  -->
  <xsl:template name="request-detail-body">
    <xsl:param name="documents"/>
    <xsl:variable name="c" select="/page/content"/>
    <xsl:variable name="r" select="$c/request"/>
    <h2><xsl:value-of select="t:msg('receipt.employer.title')"/></h2>
    <dl class="summary">
      <div>
        <dt><xsl:value-of select="t:msg('receipt.employer.name')"/></dt>
        <dd><xsl:value-of select="$r/employer/name"/></dd>
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
        <dt><xsl:value-of select="t:msg('receipt.employer.bce')"/></dt>
        <dd><xsl:value-of select="$r/employer/@bce"/></dd>
      </div>
    </dl>

    <h2><xsl:value-of select="t:msg('receipt.worker.title')"/></h2>
    <div class="sentences">
      <xsl:for-each select="$c/sentences/sentence">
        <p><xsl:value-of select="."/></p>
      </xsl:for-each>
    </div>

    <h2><xsl:value-of select="t:msg('pieces.title')"/></h2>
    <xsl:choose>
      <xsl:when test="$c/attachments/attachment">
        <xsl:variable name="c-doc" select="t:msg('pieces.col.document')"/>
        <xsl:variable name="c-file" select="t:msg('pieces.col.file')"/>
        <xsl:variable name="c-by" select="t:msg('pieces.col.by')"/>
        <xsl:variable name="c-date" select="t:msg('pieces.col.date')"/>
        <xsl:variable name="c-actions" select="t:msg('pieces.col.actions')"/>
        <div class="table-scroll" tabindex="0" role="region" aria-label="{t:msg('pieces.table.caption')}">
          <table class="data table-reflow pieces-table">
            <caption><xsl:value-of select="t:msg('pieces.table.caption')"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$c-doc"/></th>
                <th scope="col"><xsl:value-of select="$c-file"/></th>
                <th scope="col"><xsl:value-of select="$c-by"/></th>
                <th scope="col"><xsl:value-of select="$c-date"/></th>
                <th scope="col"><xsl:value-of select="$c-actions"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$c/attachments/attachment">
                <tr>
                  <td data-label="{$c-doc}"><xsl:value-of select="t:msg(concat('document.', @doc))"/></td>
                  <td class="file-name" data-label="{$c-file}"><xsl:value-of select="@name"/></td>
                  <td data-label="{$c-by}"><xsl:value-of select="t:msg(concat('pieces.by.', @by))"/></td>
                  <td class="nowrap" data-label="{$c-date}"><xsl:value-of select="@at"/></td>
                  <td data-label="{$c-actions}">
                    <a href="{$documents}{@id}" type="{@type}">
                      <xsl:value-of select="t:msg('pieces.view')"/>
                      <span class="visually-hidden"><xsl:value-of select="concat(' ', @name)"/></span>
                    </a>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg('dossier.request.documents.none')"/></p>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:if test="$c/history/event">
      <xsl:variable name="c-date" select="t:msg('employer.history.date')"/>
      <xsl:variable name="c-actor" select="t:msg('employer.history.actor')"/>
      <xsl:variable name="c-event" select="t:msg('employer.history.event')"/>
      <xsl:variable name="c-status" select="t:msg('employer.history.status')"/>
      <div class="table-scroll" tabindex="0" role="region" aria-label="{t:msg('employer.history.caption')}">
        <table class="data table-reflow">
          <caption><xsl:value-of select="t:msg('employer.history.caption')"/></caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$c-date"/></th>
              <th scope="col"><xsl:value-of select="$c-actor"/></th>
              <th scope="col"><xsl:value-of select="$c-event"/></th>
              <th scope="col"><xsl:value-of select="$c-status"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$c/history/event">
              <tr>
                <td class="nowrap" data-label="{$c-date}"><xsl:value-of select="@at"/></td>
                <td data-label="{$c-actor}"><xsl:value-of select="t:msg(concat('history.actor.', @actor))"/></td>
                <td data-label="{$c-event}"><xsl:value-of select="t:msg(concat('history.reason.', @reason))"/></td>
                <td data-label="{$c-status}"><xsl:value-of select="t:msg(concat('leave.status.', @to))"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </xsl:if>

  </xsl:template>
</xsl:stylesheet>
