package io.tessera.platform.web;

import org.junit.jupiter.api.Test;
import org.zalando.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemFactoryTest {

    @Test
    void chineseIsChosenForAnyZhLanguageRange() {
        assertThat(ProblemFactory.locale("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ProblemFactory.locale("zh-Hans")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ProblemFactory.locale("en-GB,zh;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemFactory.locale("fr-FR")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemFactory.locale((String) null)).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemFactory.locale("%%garbage;;q=x")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void problemCarriesStableTypeAndLocalisedTexts() {
        Problem en = ProblemFactory.problem(ApiException.notFound("tenant-not-found", "acme"), Locale.ENGLISH);
        assertThat(en.getType().toString()).isEqualTo("https://tessera.io/problems/tenant-not-found");
        assertThat(en.getStatus().getStatusCode()).isEqualTo(404);
        assertThat(en.getDetail()).contains("\"acme\"");

        Problem zh = ProblemFactory.problem(ApiException.notFound("tenant-not-found", "acme"), Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getType()).isEqualTo(en.getType());
        assertThat(zh.getTitle()).isEqualTo("未找到组织");
        assertThat(zh.getDetail()).contains("acme");
    }

    @Test
    void everyProblemTextExistsInBothLanguages() throws IOException {
        Properties en = load("problems.properties");
        Properties zh = load("problems_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        Set<String> codes = new HashSet<>();
        for (String key : en.stringPropertyNames()) {
            assertThat(en.getProperty(key)).isNotBlank();
            assertThat(zh.getProperty(key)).isNotBlank();
            if (key.endsWith(".title")) {
                codes.add(key.substring(0, key.length() - ".title".length()));
            }
        }
        for (String code : codes) {
            assertThat(en).containsKey(code + ".detail");
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = ProblemFactoryTest.class.getResourceAsStream("/io/tessera/platform/web/" + name);
             var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
