using NarrativeLint.Engine;
using NarrativeLint.Language;

namespace NarrativeLint.Tests.LanguageData;

/// <summary>A document in a language without a pack keeps its code, gets one NL0010, and is never read with another pack.</summary>
public class UnsupportedLanguageTests
{
    const string RegistryYaml = """
        brand: { name: Acme Cloud, languages: [en] }
        commitments:
          - id: support-response-time
            statement: We answer every support request within 24 hours.
            topic: { en: [support, request, reply] }
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
        terms:
          - preferred: support team
            avoid: [helpdesk]
        """;

    [Theory]
    [InlineData("OpenTelemetry は、トレース、メトリクス、ログなどのテレメトリデータを計装、生成、収集、エクスポートするためのフレームワークです。", "ja")]
    [InlineData("OpenTelemetry 是一个可观测性框架和工具包，旨在创建和管理遥测数据，如链路、指标和日志。", "zh")]
    [InlineData("OpenTelemetry는 트레이스, 메트릭, 로그와 같은 원격 측정 데이터를 생성하고 관리하기 위한 프레임워크입니다.", "ko")]
    [InlineData("OpenTelemetry হল একটি পর্যবেক্ষণযোগ্যতা ফ্রেমওয়ার্ক এবং টুলকিট যা টেলিমেট্রি ডেটা তৈরি ও পরিচালনা করে।", "bn")]
    [InlineData("OpenTelemetry — це фреймворк і набір інструментів для створення та керування даними телеметрії.", "uk")]
    [InlineData("OpenTelemetry to framework i zestaw narzędzi do tworzenia i zarządzania danymi telemetrycznymi, które są eksportowane przez kolektor.", "pl")]
    public void Text_in_a_language_without_a_pack_is_detected_as_that_language(string text, string code) =>
        LanguagePacks.Default.Detect(text).ShouldBe(code);

    [Theory]
    [InlineData("content/ja/docs/index.md", "ja")]
    [InlineData("site/content/pt-br/blog/post.md", "pt-br")]
    [InlineData("website/i18n/zh/docusaurus-plugin-content-docs/current/intro.md", "zh")]
    [InlineData("_pl/about.md", "pl")]
    [InlineData("blog/2025-10-02-privacy.it.md", "it")]
    [InlineData("content/docs/index.md", null)]
    [InlineData("src/_posts/config.js.md", null)]
    public void Site_layouts_give_the_language(string path, string? code) =>
        DocumentFacts.LanguageFromPath(path).ShouldBe(code);

    [Fact]
    public void A_document_without_a_pack_gets_one_note_and_only_language_independent_rules()
    {
        var registry = InMemoryRun.Registry(RegistryYaml);
        // English-looking words in a Japanese page must not be read with the English pack.
        var text = "# サポート\n\nOur helpdesk will reply to every support request within 72 hours. サポートチームは72時間以内に返信します。\n";
        var result = InMemoryRun.Check(registry, ("content/ja/support.md", text));
        result.Documents.ShouldHaveSingleItem().Content.Metadata.Language.ShouldBe("ja");
        result.Active.Select(f => f.Id).Order().ShouldBe(["NL0010", "NL4001"]);
        result.Active.Single(f => f.Id == "NL0010").Message.ShouldBe("No language pack for 'ja': only language-independent rules ran");
    }

    [Fact]
    public void The_same_text_in_a_language_with_a_pack_is_checked()
    {
        var registry = InMemoryRun.Registry(RegistryYaml);
        var result = InMemoryRun.Check(registry, ("content/en/support.md", "Our helpdesk will reply to every support request within 72 hours.\n"));
        result.Active.Select(f => f.Id).Order().ShouldBe(["NL1001", "NL4001"]);
    }
}
