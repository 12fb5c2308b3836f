using NarrativeLint.Analyzers;

namespace NarrativeLint.Tests.Localization;

/// <summary>How the messages' language is chosen from a setting or the environment, as POSIX orders the locale variables.</summary>
public class MessageLanguageTests
{
    static (string? Value, string Source) Environment(params (string Name, string Value)[] variables) =>
        MessageLanguage.FromEnvironment(name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Theory]
    [InlineData("it", "it")]
    [InlineData("it-IT", "it")]
    [InlineData("it_IT.UTF-8", "it")]
    [InlineData("ro_RO.UTF-8", "ro")]
    [InlineData("de_DE@euro", "de")]
    [InlineData("pt_BR", "pt")]
    [InlineData("FR", "fr")]
    [InlineData("es", "es")]
    [InlineData("en_GB.UTF-8", "en")]
    [InlineData("C", "en")]
    [InlineData("C.UTF-8", "en")]
    [InlineData("POSIX", "en")]
    public void A_code_or_a_POSIX_locale_names_its_language(string setting, string language)
    {
        var choice = MessageLanguage.Choose((setting, "test"));
        choice.Code.ShouldBe(language);
        choice.Warning.ShouldBeNull();
    }

    [Fact]
    public void LC_ALL_wins_over_LC_MESSAGES_which_wins_over_LANG()
    {
        Environment(("LANG", "ro_RO.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8"), ("LC_ALL", "de_DE.UTF-8")).ShouldBe(("de_DE.UTF-8", "LC_ALL"));
        Environment(("LANG", "ro_RO.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")).ShouldBe(("fr_FR.UTF-8", "LC_MESSAGES"));
        Environment(("LANG", "ro_RO.UTF-8")).ShouldBe(("ro_RO.UTF-8", "LANG"));
        Environment(("LANG", "ro_RO.UTF-8"), ("LC_ALL", "")).ShouldBe(("ro_RO.UTF-8", "LANG"), "an empty variable counts as unset");
        MessageLanguage.Choose(Environment()).Code.ShouldBe("en");
    }

    [Fact]
    public void The_first_setting_given_wins_and_none_is_English()
    {
        MessageLanguage.Choose((null, "--ui-language"), ("es", "configuration"), ("it_IT.UTF-8", "LANG")).Code.ShouldBe("es");
        MessageLanguage.Choose(("pt", "--ui-language"), ("es", "configuration")).Code.ShouldBe("pt");
        MessageLanguage.Choose((null, "--ui-language"), ("  ", "configuration")).ShouldBe(MessageLanguage.English);
    }

    [Theory]
    [InlineData("ja_JP.UTF-8", "no translation of the messages into 'ja'")]
    [InlineData("zh", "no translation of the messages into 'zh'")]
    [InlineData("not a locale!", "is not a language code")]
    public void A_language_without_a_translation_falls_back_to_English_with_a_warning(string setting, string warning)
    {
        var choice = MessageLanguage.Choose((setting, "LANG"));
        choice.ShouldBe(MessageLanguage.English with { Warning = choice.Warning });
        choice.Warning.ShouldNotBeNull().ShouldContain(warning);
    }
}
