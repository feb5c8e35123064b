package io.tessera.platform.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/**
 * The analysis chains of Tessera's search, as plain Lucene analyzers: registered with Hibernate Search by
 * {@link SearchAnalysisConfigurer} and used as they are by the query builder, the highlighter and the relevance
 * harness, so indexing, querying and evaluation can never drift apart.
 *
 * <ul>
 *   <li>{@link #ENGLISH}: standard tokenizer, possessives, lower case, ASCII folding, English stop words, Porter
 *   stemming. Han characters come out one per token.</li>
 *   <li>{@link #CHINESE}: SmartChinese word segmentation (HMM + dictionary); Latin words are lower-cased, folded and
 *   Porter-stemmed as well, so mixed text ("VPN 连接失败") works.</li>
 *   <li>{@link #CJK_BIGRAM}: overlapping bigrams of Han/Kana/Hangul runs, the fallback for words the SmartChinese
 *   dictionary segments differently from the query; Latin tokens are lower-cased and folded, not stemmed.</li>
 *   <li>{@link #PREFIX} / {@link #PREFIX_QUERY}: edge n-grams of each token for suggestions as you type.</li>
 * </ul>
 */
public final class TesseraAnalyzers {

    public static final String ENGLISH = "tessera_english";
    public static final String CHINESE = "tessera_chinese";
    public static final String CJK_BIGRAM = "tessera_cjk_bigram";
    public static final String PREFIX = "tessera_prefix";
    public static final String PREFIX_QUERY = "tessera_prefix_query";

    private static final int MAX_PREFIX = 20;

    private TesseraAnalyzers() {
    }

    /** A new instance of every analyzer, by name (analyzers are thread-safe; share one instance per name). */
    public static Map<String, Analyzer> create() {
        return Map.of(ENGLISH, english(), CHINESE, chinese(), CJK_BIGRAM, cjkBigram(), PREFIX, prefix(),
                PREFIX_QUERY, prefixQuery());
    }

    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new CJKWidthFilter(s);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
            }
        };
    }

    public static Analyzer chinese() {
        CharArraySet stop = SmartChineseAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new HMMChineseTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new ASCIIFoldingFilter(s);
                s = new StopFilter(s, stop);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    public static Analyzer cjkBigram() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new CJKWidthFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new CJKBigramFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    public static Analyzer prefix() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new CJKWidthFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new EdgeNGramTokenFilter(s, 1, MAX_PREFIX, true);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    public static Analyzer prefixQuery() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new CJKWidthFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }
}
