<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Pièces jointes" of one request (page id "attachments", menu "pieces"),
  the seed's ÉTAPE 3: GET /pieces/<ticket> (the employer's side: content/@base
  /employeur/demandes/<ticket>/pieces, without "Envoi"), and the same page again after a
  POST with errors or after files were added.
  <content [editable="1"] [complete="1"]>
    <request ticket ticket-display status="annexes|partial|sent" ..>
      <employer ..>..</employer><worker niss payment="account|cheque" iban bic/>
    </request>
    <sentences><sentence>La demande concerne ..</sentence>..</sentences>
    <documents><document code [required="1"] count/>..<document code="other" count/></documents>
    <attachments><attachment id doc name type size-kb by="worker|employer" at/>..</attachments>
    [<added><attachment ../>..</added>]   files stored by the POST just made
    <form><error field="file-<code>|delete|send">text</error>..</form>
  </content>
  One form (multipart, POST /pieces/<ticket>) adds a file per document
  (inputs file-<code>, file-other) and asks to delete the checked ones
  (delete=<id>, confirmed on page attachments-delete). A second form
  (POST /pieces/<ticket>/envoi) sends a complete request to the ONEM.
  The NISS and "Si ces données ne sont plus d'actualité, veuillez nous
  contacter." come from the layout's person block above the h1.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <!-- What a file input accepts: narrows the file picker; the server checks the bytes. -->
  <xsl:variable name="pieces-accept" select="'application/pdf,image/jpeg,.pdf,.jpg,.jpeg'"/>

  <xsl:template match="page[@id='attachments']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:call-template name="msg-format">
      <xsl:with-param name="key" select="'pieces.doc.title'"/>
      <xsl:with-param name="a1" select="content/request/@ticket-display"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="page[@id='attachments']" mode="menu">pieces</xsl:template>

  <xsl:template match="page[@id='attachments']" mode="main">
    <xsl:variable name="c" select="content"/>
    <xsl:variable name="r" select="$c/request"/>
    <xsl:variable name="editable" select="$c/@editable = '1'"/>
    <!-- Errors that are not on a file input land on the first delete box or the send button. -->
    <xsl:call-template name="form-summary">
      <xsl:with-param name="aliases"
          select="concat(' delete=delete-', $c/attachments/attachment[1]/@id, ' send=send ')"/>
    </xsl:call-template>
    <p class="caption">
      <xsl:value-of select="concat(t:msg('worker.caption'), ' ', $r/@ticket-display)"/>
    </p>
    <h1><xsl:value-of select="t:msg('pieces.title')"/></h1>

    <xsl:if test="$r/worker/@payment">
      <dl class="summary">
        <div>
          <dt><xsl:value-of select="t:msg('pieces.account')"/></dt>
          <dd><xsl:value-of select="t:msg(concat('pieces.payment.', $r/worker/@payment))"/></dd>
        </div>
        <xsl:if test="$r/worker/@payment = 'account' and $r/worker/@iban != ''">
          <div>
            <dt><xsl:value-of select="t:msg('pieces.iban')"/></dt>
            <dd class="nowrap"><xsl:value-of select="$r/worker/@iban"/></dd>
          </div>
        </xsl:if>
      </dl>
    </xsl:if>
    <div class="request-context">
      <p><xsl:value-of select="$c/sentences/sentence[1]"/></p>
    </div>

    <xsl:if test="$c/added/attachment">
      <div class="panel panel-success" role="alert" aria-labelledby="pieces-added-title">
        <h2 id="pieces-added-title" class="panel-title"><xsl:value-of select="t:msg('pieces.added.title')"/></h2>
        <p><xsl:value-of select="t:msg('pieces.added')"/></p>
        <ul class="list">
          <xsl:for-each select="$c/added/attachment">
            <li><xsl:call-template name="pieces-name-kind"/></li>
          </xsl:for-each>
        </ul>
        <!-- The seed's "Confirmer": the documents are stored; this shows the page afresh. -->
        <p><a class="button" href="{/page/content/@base}"><xsl:value-of select="t:msg('pieces.confirm')"/></a></p>
      </div>
    </xsl:if>

    <xsl:choose>
      <xsl:when test="$editable">
        <form method="post" enctype="multipart/form-data" action="{/page/content/@base}" novalidate="novalidate">
          <xsl:call-template name="form-csrf"/>
          <p class="hint" id="pieces-rule"><xsl:value-of select="t:msg('pieces.rule')"/></p>
          <xsl:if test="$c/documents/document[@required = '1']">
            <h2><xsl:value-of select="t:msg('pieces.required.title')"/></h2>
            <xsl:for-each select="$c/documents/document[@required = '1']">
              <xsl:call-template name="pieces-file-field"/>
            </xsl:for-each>
          </xsl:if>
          <h2><xsl:value-of select="t:msg('pieces.optional.title')"/></h2>
          <xsl:for-each select="$c/documents/document[not(@required = '1')]">
            <xsl:call-template name="pieces-file-field"/>
          </xsl:for-each>
          <xsl:call-template name="pieces-table">
            <xsl:with-param name="deletable" select="true()"/>
          </xsl:call-template>
          <p><xsl:value-of select="t:msg('pieces.apply.text')"/></p>
          <xsl:call-template name="form-required-note"/>
          <div class="actions">
            <button type="submit" class="button"><xsl:value-of select="t:msg('pieces.apply')"/></button>
          </div>
        </form>

        <xsl:choose>
          <xsl:when test="$c/@complete = '1'">
            <xsl:variable name="errors" select="$c/form/error[@field = 'send']"/>
            <form method="post" action="{/page/content/@base}/envoi" novalidate="novalidate" class="pieces-send">
              <xsl:call-template name="form-csrf"/>
              <h2><xsl:value-of select="t:msg('pieces.send.title')"/></h2>
              <p id="send-hint"><xsl:value-of select="t:msg('pieces.send.text')"/></p>
              <xsl:if test="$errors">
                <p class="field-error" id="send-error">
                  <xsl:for-each select="$errors">
                    <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
                    <xsl:value-of select="."/>
                  </xsl:for-each>
                </p>
              </xsl:if>
              <div class="actions">
                <button type="submit" class="button" id="send">
                  <xsl:attribute name="aria-describedby">
                    <xsl:text>send-hint</xsl:text>
                    <xsl:if test="$errors"> send-error</xsl:if>
                  </xsl:attribute>
                  <xsl:value-of select="t:msg('pieces.send')"/>
                </button>
              </div>
            </form>
          </xsl:when>
          <xsl:otherwise>
            <div class="notice-box" role="region" aria-labelledby="pieces-incomplete">
              <p id="pieces-incomplete"><strong><xsl:value-of select="t:msg('receipt.incomplete')"/></strong></p>
              <p><xsl:value-of select="t:msg('receipt.documents')"/></p>
              <ul class="list">
                <xsl:for-each select="$c/documents/document[@required = '1' and @count = '0']">
                  <li><xsl:value-of select="t:msg(concat('document.', @code))"/></li>
                </xsl:for-each>
              </ul>
              <p><xsl:value-of select="t:msg('receipt.employer.help')"/></p>
            </div>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <p class="notice"><xsl:value-of select="t:msg('pieces.sent')"/></p>
        <xsl:call-template name="pieces-table">
          <xsl:with-param name="deletable" select="false()"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>

    <p><a href="{/page/content/@back}"><xsl:value-of select="t:msg('pieces.back')"/></a></p>
  </xsl:template>

  <!--
    One file input for the current <document>: label (" *" when required),
    how many files of that kind are stored, its errors, the input. Described
    by the rule sentence (#pieces-rule), the count and the errors.
  -->
  <xsl:template name="pieces-file-field">
    <xsl:variable name="name" select="concat('file-', @code)"/>
    <xsl:variable name="errors" select="/page/content/form/error[@field = $name]"/>
    <div>
      <xsl:attribute name="class">
        <xsl:call-template name="form-field-class">
          <xsl:with-param name="errors" select="$errors"/>
          <xsl:with-param name="warnings" select="/.."/>
        </xsl:call-template>
        <xsl:text> file-field</xsl:text>
      </xsl:attribute>
      <label for="{$name}">
        <xsl:call-template name="form-label-text">
          <xsl:with-param name="label" select="concat('document.', @code)"/>
          <xsl:with-param name="required" select="number(@required = '1')"/>
        </xsl:call-template>
      </label>
      <p class="hint file-count" id="{$name}-count">
        <xsl:choose>
          <xsl:when test="@count = '0' or not(@count)"><xsl:value-of select="t:msg('pieces.count.none')"/></xsl:when>
          <xsl:when test="@count = '1'"><xsl:value-of select="t:msg('pieces.count.one')"/></xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="msg-format">
              <xsl:with-param name="key" select="'pieces.count.many'"/>
              <xsl:with-param name="a1" select="@count"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:call-template name="form-messages">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="''"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="warnings" select="/.."/>
      </xsl:call-template>
      <input type="file" id="{$name}" name="{$name}" accept="{$pieces-accept}">
        <xsl:attribute name="class">
          <xsl:text>file-input</xsl:text>
          <xsl:if test="$errors"> input--error</xsl:if>
        </xsl:attribute>
        <xsl:attribute name="aria-describedby">
          <xsl:value-of select="concat('pieces-rule ', $name, '-count')"/>
          <xsl:if test="$errors"><xsl:value-of select="concat(' ', $name, '-error')"/></xsl:if>
        </xsl:attribute>
        <xsl:if test="$errors"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
      </input>
    </div>
  </xsl:template>

  <!-- "scan.pdf (Attestation médicale)" for the current <attachment>. -->
  <xsl:template name="pieces-name-kind">
    <xsl:value-of select="concat(@name, ' (', t:msg(concat('document.', @doc)), ')')"/>
  </xsl:template>

  <!--
    The documents already stored, as a table. $deletable: a "Supprimer"
    checkbox (name delete, value the id) in the Actions column.
  -->
  <xsl:template name="pieces-table">
    <xsl:param name="deletable"/>
    <xsl:variable name="c" select="/page/content"/>
    <xsl:variable name="ticket" select="$c/request/@ticket"/>
    <xsl:variable name="errors" select="$c/form/error[@field = 'delete']"/>
    <xsl:choose>
      <xsl:when test="$c/attachments/attachment">
        <xsl:if test="$deletable and $errors">
          <p class="field-error" id="delete-error">
            <xsl:for-each select="$errors">
              <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
              <xsl:value-of select="."/>
            </xsl:for-each>
          </p>
        </xsl:if>
        <div class="table-scroll" tabindex="0" role="region" aria-label="{t:msg('pieces.table.caption')}">
          <table class="data pieces-table">
            <caption><xsl:value-of select="t:msg('pieces.table.caption')"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="t:msg('pieces.col.document')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('pieces.col.file')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('pieces.col.size')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('pieces.col.by')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('pieces.col.date')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('pieces.col.actions')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$c/attachments/attachment">
                <tr>
                  <td><xsl:value-of select="t:msg(concat('document.', @doc))"/></td>
                  <td class="file-name"><xsl:value-of select="@name"/></td>
                  <td class="nowrap">
                    <xsl:call-template name="msg-format">
                      <xsl:with-param name="key" select="'pieces.size'"/>
                      <xsl:with-param name="a1" select="@size-kb"/>
                    </xsl:call-template>
                  </td>
                  <td><xsl:value-of select="t:msg(concat('pieces.by.', @by))"/></td>
                  <td class="nowrap"><xsl:value-of select="@at"/></td>
                  <td class="pieces-actions">
                    <a href="{/page/content/@base}/document/{@id}" type="{@type}">
                      <xsl:value-of select="t:msg('pieces.view')"/>
                      <span class="visually-hidden"><xsl:value-of select="concat(' ', @name)"/></span>
                    </a>
                    <xsl:if test="$deletable">
                      <div class="checkbox">
                        <input type="checkbox" id="delete-{@id}" name="delete" value="{@id}">
                          <xsl:if test="$errors">
                            <xsl:attribute name="aria-invalid">true</xsl:attribute>
                            <xsl:attribute name="aria-describedby">delete-error</xsl:attribute>
                          </xsl:if>
                        </input>
                        <label for="delete-{@id}">
                          <xsl:value-of select="t:msg('pieces.delete')"/>
                          <span class="visually-hidden"><xsl:value-of select="concat(' ', @name)"/></span>
                        </label>
                      </div>
                    </xsl:if>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg('pieces.none')"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
