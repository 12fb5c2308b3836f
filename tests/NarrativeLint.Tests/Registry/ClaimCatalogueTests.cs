using NarrativeLint.Registry;
using static NarrativeLint.Tests.Registry.RegistryTestSupport;

namespace NarrativeLint.Tests.Registry;

public class ClaimCatalogueTests
{
    static ClaimRule BuiltInRule(string diagnostic) =>
        RegistryLoader.BuiltInCatalogues.SelectMany(c => c.Claims).First(r => r.DiagnosticId == diagnostic);

    [Fact]
    public void Built_in_catalogues_load_without_errors()
    {
        RegistryLoader.BuiltInCatalogueErrors.ShouldBeEmpty(string.Join("\n", RegistryLoader.BuiltInCatalogueErrors));
        RegistryLoader.BuiltInCatalogues.Select(c => c.Id).ShouldBe(["eu-green-claims", "eu-health-claims", "marketing-email", "sponsored-disclosure"]);
        RegistryLoader.BuiltInCatalogues.SelectMany(c => c.Claims).Select(r => r.DiagnosticId)
            .ShouldBe(["NL5001", "NL5001", "NL5002", "NL5001", "NL5003", "NL5004", "NL5004", "NL5004", "NL5004", "NL5004", "NL5004", "NL5020", "NL5021", "NL5010"]);
    }

    [Fact]
    public void Every_built_in_rule_cites_its_legal_source_and_its_catalogue()
    {
        foreach (var catalogue in RegistryLoader.BuiltInCatalogues)
        {
            catalogue.Source.ShouldNotBeNull().ShouldStartWith("https://");
            foreach (var rule in catalogue.Claims)
            {
                rule.LegalSource.ShouldNotBeNullOrWhiteSpace();
                rule.Title.ShouldNotBeNullOrWhiteSpace();
                rule.CatalogueId.ShouldBe(catalogue.Id);
                rule.Position.File.ShouldBe($"catalogues/{catalogue.Id}.yaml");
            }
        }
    }

    [Fact]
    public void Green_claims_apply_from_27_september_2026_in_three_languages()
    {
        var generic = BuiltInRule("NL5001");

        generic.Check.ShouldBe(ClaimCheck.UnsubstantiatedPhrase);
        generic.AppliesFrom.ShouldBe(new DateOnly(2026, 9, 27));
        generic.PhrasesFor("en").ShouldContain("eco-friendly");
        generic.PhrasesFor("it").ShouldContain("amico dell'ambiente");
        generic.PhrasesFor("ro").ShouldContain("prietenos cu mediul");
        generic.LegalSource.ShouldContain("Annex I");
    }

    [Fact]
    public void Offset_neutrality_rule_lists_offsetting_words_as_qualifiers()
    {
        var offset = BuiltInRule("NL5002");

        offset.Check.ShouldBe(ClaimCheck.OffsetNeutrality);
        offset.PhrasesFor("en").ShouldContain("carbon neutral");
        offset.QualifiersFor("en").ShouldContain("carbon credits");
        offset.QualifiersFor("it").ShouldContain("compensazione");
        offset.QualifiersFor("ro").ShouldContain("credite de carbon");
        BuiltInRule("NL5003").Check.ShouldBe(ClaimCheck.FutureTarget);
    }

    [Fact]
    public void Sponsored_disclosures_apply_to_social_posts_in_every_language()
    {
        var sponsored = BuiltInRule("NL5010");

        sponsored.Check.ShouldBe(ClaimCheck.SponsoredDisclosure);
        sponsored.Channels.ShouldBe(["social"]);
        sponsored.Qualifiers.Keys.ShouldBe(["*"]);
        sponsored.QualifiersFor("it").ShouldContain("#ad");
        sponsored.QualifiersFor("en").ShouldContain("#publicitate");
        sponsored.QualifiersFor(null).ShouldContain("paid partnership");
        sponsored.QualifiersFor("en").ShouldNotContain("#spon");
    }

    [Fact]
    public void Marketing_email_rules_apply_to_the_email_channel()
    {
        var unsubscribe = BuiltInRule("NL5020");
        var sender = BuiltInRule("NL5021");

        unsubscribe.Check.ShouldBe(ClaimCheck.EmailUnsubscribe);
        unsubscribe.Channels.ShouldBe(["email"]);
        unsubscribe.QualifiersFor("ro").ShouldContain("dezabonare");
        sender.Check.ShouldBe(ClaimCheck.EmailSenderIdentity);
        sender.QualifiersFor("it").ShouldContain("S.p.A.");
        sender.QualifiersFor("en").ShouldContain("street");
    }

    [Fact]
    public void A_registry_without_catalogues_key_uses_every_built_in_catalogue()
    {
        var registry = Load(DesignExample).Registry;

        registry.Catalogues.Select(c => c.Id).ShouldBe(["eu-green-claims", "eu-health-claims", "marketing-email", "sponsored-disclosure"]);
        registry.Claims.Length.ShouldBe(14);
    }

    [Fact]
    public void Catalogues_key_selects_built_in_catalogues()
    {
        var result = Load("catalogues: [sponsored-disclosure, eu-green-claims]");

        result.Errors.ShouldBeEmpty();
        result.Registry.Catalogues.Select(c => c.Id).ShouldBe(["eu-green-claims", "sponsored-disclosure"]);
        result.Registry.Claims.Select(c => c.DiagnosticId).ShouldBe(["NL5001", "NL5001", "NL5002", "NL5001", "NL5003", "NL5010"]);
    }

    [Fact]
    public void An_empty_catalogues_list_switches_every_built_in_catalogue_off()
    {
        var result = Load("catalogues: []");

        result.Errors.ShouldBeEmpty();
        result.Registry.Claims.ShouldBeEmpty();
        result.Registry.Catalogues.ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_catalogue_id_is_reported_where_it_is_listed()
    {
        var result = Load("""
            catalogues:
              - eu-green-claims
              - eu-greenclaims
            """);

        result.ShouldReport(3, 5, "unknown catalogue 'eu-greenclaims'; expected one of eu-green-claims, eu-health-claims, marketing-email, sponsored-disclosure");
        result.Errors.Length.ShouldBe(1);
        result.Registry.Claims.Length.ShouldBe(5);
    }

    [Fact]
    public void A_registry_can_define_its_own_claim_rules_in_the_catalogue_format()
    {
        var result = Load("""
            catalogues: []
            claims:
              - id: miracle-claims
                diagnostic: NL5090
                check: unsubstantiated-phrase
                title: Health claims our lawyers asked us never to make
                phrases:
                  en: [miracle, cures]
                  it: [miracoloso]
            """);

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        var rule = result.Registry.Claims.ShouldHaveSingleItem();
        rule.Id.ShouldBe("miracle-claims");
        rule.CatalogueId.ShouldBeNull();
        rule.LegalSource.ShouldBe("");
        rule.PhrasesFor("it-IT").ShouldBe(["miracoloso"]);
        rule.Position.ShouldBe(new RegistryPosition("brand.yaml", 3, 5));
    }

    [Fact]
    public void A_registry_rule_with_a_built_in_id_replaces_the_built_in_rule()
    {
        var result = Load("""
            claims:
              - id: sponsored-without-disclosure
                diagnostic: NL5010
                check: sponsored-disclosure
                title: Sponsored post without our house disclosure
                channels: [social, web]
                qualifiers: ["#AcmePartner"]
            """);

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        result.Registry.Claims.Length.ShouldBe(14);
        result.Registry.Claims.Single(c => c.DiagnosticId == "NL5010").QualifiersFor("en").ShouldBe(["#AcmePartner"]);
    }

    [Fact]
    public void A_registry_file_in_catalogue_format_is_a_catalogue_of_its_own()
    {
        var result = Load("""
            catalogue:
              id: house-rules
              title: Acme house rules
              applies-from: 2026-01-01
            claims:
              - id: no-greenest
                diagnostic: NL5001
                check: unsubstantiated-phrase
                title: Superlative green claim
                legal-source: Acme compliance manual §4
                phrases: { en: [the greenest] }
            catalogues: [house-rules]
            """);

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        var rule = result.Registry.Claims.ShouldHaveSingleItem();
        rule.CatalogueId.ShouldBe("house-rules");
        rule.AppliesFrom.ShouldBe(new DateOnly(2026, 1, 1));
        result.Registry.Catalogues.ShouldHaveSingleItem().Claims.ShouldBe([rule]);
    }

    [Fact]
    public void Claim_rules_are_validated_like_the_rest_of_the_registry()
    {
        var result = Load("""
            catalogues: []
            claims:
              - id: a
                diagnostic: NL5090
                check: unsubstantiated-phrase
                title: A
                phrases: [x]
                message: hello
              - id: bad
                diagnostic: NL1001
                check: vibes
                title: Bad
              - diagnostic: NL5091
                check: sponsored-disclosure
                title: B
              - id: c
                check: future-target
                title: C
                phrases: { en: [] }
              - id: a
                diagnostic: NL5092
                check: email-unsubscribe
                title: D
                qualifiers: [unsubscribe]
            """);

        result.ShouldReport(8, 5, "unknown key 'message' in claim rule; expected one of id, diagnostic, check, title, legal-source, phrases, qualifiers, context, context-reach, channels");
        result.ShouldReport(10, 17, "diagnostic 'NL1001' is not a regulated-claims id; expected NL5 and three digits, e.g. NL5001");
        result.ShouldReport(11, 12, "unknown check 'vibes'; expected one of unsubstantiated-phrase, offset-neutrality, future-target, restricted-phrase, sponsored-disclosure, email-unsubscribe, email-sender-identity");
        result.ShouldReport(13, 5, "claim rule has no id; expected a unique id such as id: generic-environmental-claim");
        result.ShouldReport(13, 5, "claim rule has no qualifiers; check sponsored-disclosure needs the phrases that satisfy it per language (en: [..]) or as a plain list");
        result.ShouldReport(16, 5, "claim rule 'c' has no diagnostic; expected its diagnostic id, e.g. diagnostic: NL5001");
        result.ShouldReport(16, 5, "claim rule 'c' has no phrases; check future-target needs trigger phrases per language (en: [..])");
        result.ShouldReport(20, 9, "duplicate claim rule id 'a'; already declared at brand.yaml:3:9; expected each id once");
        result.Errors.Length.ShouldBe(8);
        result.Registry.Claims.ShouldHaveSingleItem().Title.ShouldBe("A");
    }
}
