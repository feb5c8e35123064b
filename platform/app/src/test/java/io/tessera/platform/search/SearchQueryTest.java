package io.tessera.platform.search;

import io.tessera.platform.search.analysis.TesseraAnalyzers;
import io.tessera.platform.search.query.BuiltInSynonyms;
import io.tessera.platform.search.query.RelevanceQueryBuilder;
import io.tessera.platform.search.query.SearchFields;
import io.tessera.platform.search.query.SearchText;
import io.tessera.platform.search.query.SnippetHighlighter;
import io.tessera.platform.search.query.SynonymExpander;
import io.tessera.platform.search.query.SynonymSet;
import io.tessera.platform.search.query.Tokens;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Analysis, safe query building, synonyms and highlighting, without a server. */
class SearchQueryTest {

    private final Map<String, Analyzer> analyzers = TesseraAnalyzers.create();
    private final RelevanceQueryBuilder builder = new RelevanceQueryBuilder(analyzers);

    @Test
    void chineseIsSegmentedIntoWordsAndBigramsEnglishIsStemmedAndFolded() {
        assertThat(Tokens.terms(analyzers.get(TesseraAnalyzers.CHINESE), "f", "忘记密码怎么办"))
                .containsExactly("忘记", "密码", "怎么办");
        assertThat(Tokens.terms(analyzers.get(TesseraAnalyzers.CJK_BIGRAM), "f", "打印机"))
                .containsExactly("打印", "印机");
        assertThat(Tokens.terms(analyzers.get(TesseraAnalyzers.ENGLISH), "f", "Résumé printers' Connections"))
                .containsExactly("resum", "printer", "connect");
        assertThat(Tokens.terms(analyzers.get(TesseraAnalyzers.CHINESE), "f", "VPN连接失败"))
                .contains("vpn", "连接", "失败");
    }

    @Test
    void userTextIsNeverQuerySyntax() {
        for (String raw : List.of("*", "\"unbalanced", "AND(", "title:x OR y", "\\", "+-&&||!(){}[]^\"~*?:\\/",
                "a".repeat(500), "打".repeat(500), "\u0000", "password* AND NOT", "a* b* c* d* e* f* g*")) {
            SearchText.of(raw).ifPresent(t -> {
                RelevanceQueryBuilder.Built built = builder.build(t, BuiltInSynonyms.sets(), SearchFields.AGENT_TEXT);
                AtomicInteger leaves = new AtomicInteger();
                built.query().visit(new QueryVisitor() {
                    @Override
                    public void consumeTerms(org.apache.lucene.search.Query query, org.apache.lucene.index.Term... terms) {
                        leaves.addAndGet(terms.length);
                    }

                    @Override
                    public void visitLeaf(org.apache.lucene.search.Query query) {
                        leaves.incrementAndGet();
                    }

                    @Override
                    public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
                                                      org.apache.lucene.search.Query parent) {
                        return this;
                    }
                });
                assertThat(leaves.get()).as(raw).isLessThan(IndexSearcher.getMaxClauseCount());
            });
        }
        assertThat(SearchText.of(" \t\u0000 ")).isEmpty();
        assertThat(SearchText.of("ＶＰＮ　打印机").orElseThrow().value()).isEqualTo("VPN 打印机");
    }

    @Test
    void synonymsMatchWholeLatinWordsAndChineseSubstrings() {
        SynonymExpander expander = new SynonymExpander(analyzers.get(TesseraAnalyzers.ENGLISH));
        List<SynonymSet> sets = List.of(SynonymSet.of("VPN", "虚拟专用网"), SynonymSet.of("password", "密码"));
        assertThat(expander.alternatives(SearchText.of("vpn down").orElseThrow(), sets)).containsExactly("虚拟专用网");
        assertThat(expander.alternatives(SearchText.of("连不上虚拟专用网").orElseThrow(), sets)).containsExactly("vpn");
        assertThat(expander.alternatives(SearchText.of("Passwords expired").orElseThrow(), sets)).containsExactly("密码");
        assertThat(expander.alternatives(SearchText.of("vpnx").orElseThrow(), sets)).isEmpty();
    }

    @Test
    void snippetsMarkChineseAndEnglishMatchesAndEscapeHtml() {
        SnippetHighlighter h = new SnippetHighlighter(analyzers);
        RelevanceQueryBuilder.Built zh = builder.build(SearchText.of("打印机无法连接").orElseThrow(), List.of(),
                SearchFields.PUBLIC_TEXT);
        assertThat(h.highlight("<b>如果打印机无法连接网络</b>", zh.terms(), 200))
                .contains("<mark>打印机").contains("&lt;b&gt;").doesNotContain("<b>");
        RelevanceQueryBuilder.Built en = builder.build(SearchText.of("pasword").orElseThrow(), List.of(),
                SearchFields.PUBLIC_TEXT);
        String longText = "intro ".repeat(100) + "Reset your password here. " + "outro ".repeat(100);
        String snippet = h.highlight(longText, en.terms(), 120);
        assertThat(snippet).contains("<mark>password</mark>").startsWith("…").endsWith("…");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "").length()).isLessThanOrEqualTo(122);
        // mixed text: both scripts are marked
        RelevanceQueryBuilder.Built mixed = builder.build(SearchText.of("outlook 邮件").orElseThrow(), List.of(),
                SearchFields.PUBLIC_TEXT);
        assertThat(h.highlight("Outlook 无法发送邮件", mixed.terms(), 200))
                .contains("<mark>Outlook</mark>").contains("<mark>邮件</mark>");
        assertThat(h.highlight("邮件停留在发件箱", mixed.terms(), 200)).contains("<mark>邮件</mark>");
        assertThat(h.highlight("Restart Outlook", mixed.terms(), 200)).contains("<mark>Outlook</mark>");
        // Latin words written inside Chinese text without spaces, stemmed, next to Chinese words
        RelevanceQueryBuilder.Built vpn = builder.build(SearchText.of("vpn 断开").orElseThrow(), List.of(),
                SearchFields.PUBLIC_TEXT);
        assertThat(h.highlight("公司VPN经常断开，请重新连接", vpn.terms(), 200))
                .isEqualTo("公司<mark>VPN</mark>经常<mark>断开</mark>，请重新连接");
        RelevanceQueryBuilder.Built printers = builder.build(SearchText.of("printers 离线").orElseThrow(), List.of(),
                SearchFields.PUBLIC_TEXT);
        assertThat(h.highlight("两台Printer已离线", printers.terms(), 200))
                .isEqualTo("两台<mark>Printer</mark>已<mark>离线</mark>");
        // every occurrence of a Chinese word is marked; unrelated characters are not
        assertThat(h.highlight("打印机卡纸。重启打印机后再试，不要拔电源", zh.terms(), 200))
                .isEqualTo("<mark>打印机</mark>卡纸。重启<mark>打印机</mark>后再试，不要拔电源");
        // a synonym of a Chinese query marks the English word it stands for
        RelevanceQueryBuilder.Built synonym = builder.build(SearchText.of("虚拟专用网").orElseThrow(),
                io.tessera.platform.search.query.BuiltInSynonyms.sets(), SearchFields.PUBLIC_TEXT);
        assertThat(h.highlight("Reconnect the VPN client", synonym.terms(), 200))
                .isEqualTo("Reconnect the <mark>VPN</mark> client");
    }

    @Test
    void eachScriptIsSearchedOnlyWithTheAnalysesItNeeds() {
        assertThat(fields("printer offline", List.of())).allMatch(f -> f.endsWith("_en"));
        // a Chinese synonym of a Latin query is still searched with the Chinese analyses
        assertThat(fields("vpn", List.of(SynonymSet.of("vpn", "虚拟专用网"))))
                .contains("title_en", "body_zh", "body_cjk");
        assertThat(fields("打印机无法连接", List.of())).noneMatch(f -> f.endsWith("_en"))
                .contains("body_zh", "body_cjk");
        assertThat(fields("vpn 断开", List.of())).contains("body_en", "body_zh", "body_cjk");
    }

    private java.util.Set<String> fields(String text, List<SynonymSet> synonyms) {
        java.util.Set<String> fields = new java.util.TreeSet<>();
        builder.build(SearchText.of(text).orElseThrow(), synonyms, SearchFields.PUBLIC_TEXT).query()
                .visit(new QueryVisitor() {
                    @Override
                    public boolean acceptField(String field) {
                        fields.add(field);
                        return true;
                    }

                    @Override
                    public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
                                                      org.apache.lucene.search.Query parent) {
                        return this;
                    }
                });
        return fields;
    }

    @Test
    void synonymSetsAreNormalised() {
        assertThat(SynonymSet.of(" VPN ", "vpn", "虚拟专用网").terms()).containsExactly("vpn", "虚拟专用网");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SynonymSet.of("vpn", "VPN"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
