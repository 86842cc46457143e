# Error cases: each NAME.rec is a catalog run through illumos-docgen by
# tests/run-case.sh, which compares the exit status with NAME.status and
# standard error with NAME.err, byte for byte.  This fragment is
# included by the top Makefile.am, so paths are relative to the top
# directory.  automake needs every file named, so there are no
# wildcards; a case is named once, below, and its three files follow
# from the name.

ERROR_CASES = \
	tests/errors/re-backref \
	tests/errors/re-too-large \
	tests/errors/re-alternatives \
	tests/errors/re-gnu-escape \
	tests/errors/re-locale-class \
	tests/errors/re-text-after \
	tests/errors/type-list-empty-name \
	tests/errors/enum-value-dot \
	tests/errors/mandatory-empty \
	tests/errors/key-two-names \
	tests/errors/key-empty \
	tests/errors/rec-name-dash \
	tests/errors/eof-bare-plus \
	tests/errors/long-summary \
	tests/errors/long-name-line \
	tests/errors/bad-status \
	tests/errors/bad-released \
	tests/errors/bad-checked \
	tests/errors/choice-unknown \
	tests/errors/noncharacter \
	tests/errors/bidi-marks \
	tests/errors/continuation-column \
	tests/errors/long-line-stops \
	tests/errors/url-newline \
	tests/errors/leap-day \
	tests/errors/empty-alias \
	tests/errors/c1-control \
	tests/errors/bidi-control \
	tests/errors/rec-name-space \
	tests/errors/backslash-continuation \
	tests/errors/bad-bool \
	tests/errors/bad-date \
	tests/errors/bad-enum \
	tests/errors/bad-url \
	tests/errors/url-char-ref \
	tests/errors/comments-only \
	tests/errors/continuation-after-comment \
	tests/errors/continuation-no-field \
	tests/errors/control-char \
	tests/errors/crlf-file \
	tests/errors/crlf-line \
	tests/errors/duplicate-key \
	tests/errors/duplicate-url \
	tests/errors/empty \
	tests/errors/external-descriptor \
	tests/errors/field-no-name \
	tests/errors/key-extra-space \
	tests/errors/leading-space \
	tests/errors/long-line \
	tests/errors/missing-key \
	tests/errors/missing-mandatory \
	tests/errors/multiline-line-field \
	tests/errors/name-illegal-char \
	tests/errors/name-with-space \
	tests/errors/name-without-colon \
	tests/errors/no-catalog-record \
	tests/errors/no-final-newline \
	tests/errors/no-pages \
	tests/errors/not-allowed \
	tests/errors/not-utf8 \
	tests/errors/nul-byte \
	tests/errors/record-outside-set \
	tests/errors/several-errors \
	tests/errors/several-syntax-errors \
	tests/errors/special-sort \
	tests/errors/special-typedef \
	tests/errors/special-unknown \
	tests/errors/tab-blank-line \
	tests/errors/too-many-errors \
	tests/errors/type-date \
	tests/errors/type-int \
	tests/errors/unique-not-allowed \
	tests/errors/unknown-type \
	tests/errors/valid \
	tests/errors/no-distributions \
	tests/errors/no-books \
	tests/errors/node-clash \
	tests/errors/node-reserved \
	tests/errors/node-empty \
	tests/errors/unknown-page \
	tests/errors/see-self \
	tests/errors/see-self-term \
	tests/errors/page-section \
	tests/errors/future-date \
	tests/errors/colon-index \
	tests/errors/wide-table \
	tests/errors/long-word \
	tests/errors/re-tail-classes \
	tests/errors/see-long \
	tests/errors/re-too-many \
	tests/errors/link-wide \
	tests/errors/book-link-wide \
	tests/errors/re-alt-anchor \
	tests/errors/re-inner-anchor \
	tests/errors/re-lone-paren \
	tests/errors/re-no-least \
	tests/errors/re-empty-alternatives \
	tests/errors/re-too-long \
	tests/errors/re-nothing-to-repeat \
	tests/errors/diag-quoted-values \
	tests/errors/future-checked \
	tests/errors/future-released \
	tests/errors/summary-punct \
	tests/errors/no-width-cell \
	tests/errors/unassigned-cell \
	tests/errors/re-too-many-states \
	tests/errors/info-note \
	tests/errors/term-twice \
	tests/errors/node-star \
	tests/errors/name-case \
	tests/errors/name-case-chapter \
	tests/errors/choice-twice \
	tests/errors/name-case-node \
	tests/errors/url-singleton \
	tests/errors/key-not-name \
	tests/errors/type-joined \
	tests/errors/percent-field \
	tests/errors/rec-blank-name \
	tests/errors/colon-beyond-ascii \
	tests/errors/info-menu \
	tests/errors/info-space \
	tests/errors/index-white \
	tests/errors/info-underline \
	tests/errors/index-number \
	tests/errors/title-combining

TESTS += $(ERROR_CASES:=.rec)
EXTRA_DIST += tests/run-case.sh $(ERROR_CASES:=.rec) $(ERROR_CASES:=.err) \
	$(ERROR_CASES:=.status) tests/errors/update
