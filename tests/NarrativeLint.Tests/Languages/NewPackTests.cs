using NarrativeLint.Language;
using NarrativeLint.Tests.Language;

namespace NarrativeLint.Tests.LanguageData;

/// <summary>The French, Spanish, Portuguese and German packs: numbers, units, qualifiers, cues, and whole-engine contradictions.</summary>
public class NewPackTests
{
    const string RegistryYaml = """
        brand: { name: Acme Cloud, languages: [fr, es, pt, de] }
        commitments:
          - id: support-response-time
            statement: We answer every support request within 24 hours.
            topic:
              fr: [assistance, demande, répondre, réponse]
              es: [asistencia, solicitud, responder, respuesta]
              pt: [assistência, pedido, responder, resposta]
              de: [Support, Anfrage, Anfragen, antworten, Antwort]
            facts: [ { kind: duration, value: 24 hours, relation: at-most } ]
          - id: no-data-sale
            statement: We never sell customer data.
            polarity: never
            topic:
              fr: [vendre, données, données personnelles]
              es: [vender, datos, datos personales]
              pt: [vender, dados, dados pessoais]
              de: [verkaufen, Daten, Kundendaten]
        """;

    static readonly Lazy<NarrativeLint.Registry.BrandRegistry> Registry = new(() => InMemoryRun.Registry(RegistryYaml));

    static IReadOnlyList<string> IdsIn(string language, string text) =>
        InMemoryRun.Check(Registry.Value, InMemoryRun.Post(text, language)).Active.Select(f => f.Id).ToList();

    [Theory]
    [InlineData("fr", "Nous comptons 3,6 millions de clients.", 3_600_000)]
    [InlineData("fr", "Nous servons 5 200 entreprises.", 5200)]
    [InlineData("es", "Tenemos 3,6 millones de clientes.", 3_600_000)]
    [InlineData("es", "Servimos a 5.200 empresas.", 5200)]
    [InlineData("pt", "Temos 3,6 milhões de clientes.", 3_600_000)]
    [InlineData("pt", "Servimos 5.200 empresas.", 5200)]
    [InlineData("de", "Wir haben 3,6 Millionen Kunden.", 3_600_000)]
    [InlineData("de", "Wir betreuen 5.200 Unternehmen.", 5200)]
    public void Digits_follow_the_languages_separators(string language, string text, decimal value) =>
        Packs.QuantitiesIn(language, text).ShouldHaveSingleItem().Value.ShouldBe(value);

    [Theory]
    [InlineData("fr", "Nous répondons en vingt-quatre heures.", 24, DurationUnit.Hour)]
    [InlineData("fr", "L'essai dure trente et un jours.", 31, DurationUnit.Day)]
    [InlineData("es", "Respondemos en veinticuatro horas.", 24, DurationUnit.Hour)]
    [InlineData("es", "La prueba dura treinta y un días.", 31, DurationUnit.Day)]
    [InlineData("pt", "Respondemos em vinte e quatro horas.", 24, DurationUnit.Hour)]
    [InlineData("pt", "O teste dura trinta e um dias.", 31, DurationUnit.Day)]
    [InlineData("de", "Wir antworten in vierundzwanzig Stunden.", 24, DurationUnit.Hour)]
    [InlineData("de", "Der Test dauert dreißig Tage.", 30, DurationUnit.Day)]
    public void Number_words_read_as_numbers_before_a_unit(string language, string text, decimal value, DurationUnit unit)
    {
        var duration = Packs.Single(language, text, QuantityKind.Duration);
        duration.Value.ShouldBe(value);
        duration.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("fr", "Activation en 30 secondes, garantie de 2 ans, livraison en 5 jours ouvrés.")]
    [InlineData("es", "Activación en 30 segundos, garantía de 2 años, entrega en 5 días hábiles.")]
    [InlineData("pt", "Ativação em 30 segundos, garantia de 2 anos, entrega em 5 dias úteis.")]
    [InlineData("de", "Aktivierung in 30 Sekunden, 2 Jahre Garantie, Lieferung in 5 Werktagen.")]
    public void Units_include_seconds_years_and_business_days(string language, string text) =>
        Packs.QuantitiesIn(language, text).Where(q => q.Kind == QuantityKind.Duration).Select(q => (q.Value, q.Unit))
            .ShouldBe([(30m, DurationUnit.Second), (2m, DurationUnit.Year), (5m, DurationUnit.BusinessDay)]);

    [Theory]
    [InlineData("fr", "Nous répondons sous 48 heures.", Qualifier.AtMost)]
    [InlineData("fr", "Nous répondons en moins de 2 heures.", Qualifier.LessThan)]
    [InlineData("fr", "Un préavis d'au moins 30 jours.", Qualifier.AtLeast)]
    [InlineData("fr", "Environ 40 heures de formation.", Qualifier.About)]
    [InlineData("es", "Respondemos en un plazo de 48 horas.", Qualifier.AtMost)]
    [InlineData("es", "Un preaviso de al menos 30 días.", Qualifier.AtLeast)]
    [InlineData("es", "Respondemos en más de 2 horas.", Qualifier.MoreThan)]
    [InlineData("pt", "Respondemos em até 48 horas.", Qualifier.AtMost)]
    [InlineData("pt", "Um aviso prévio de pelo menos 30 dias.", Qualifier.AtLeast)]
    [InlineData("pt", "Cerca de 40 horas.", Qualifier.About)]
    [InlineData("de", "Wir antworten innerhalb von 48 Stunden.", Qualifier.AtMost)]
    [InlineData("de", "Eine Frist von mindestens 30 Tagen.", Qualifier.AtLeast)]
    [InlineData("de", "Wir antworten in weniger als 2 Stunden.", Qualifier.LessThan)]
    public void Qualifiers_bound_the_number(string language, string text, Qualifier qualifier) =>
        Packs.Single(language, text, QuantityKind.Duration).Qualifier.ShouldBe(qualifier);

    [Theory]
    [InlineData("fr", "Nous ne vendons jamais vos données.", "vendons")]
    [InlineData("es", "Nunca vendemos sus datos.", "vendemos")]
    [InlineData("pt", "Nunca vendemos os seus dados.", "vendemos")]
    [InlineData("de", "Wir verkaufen Ihre Daten niemals, wir verkaufen keine Kundendaten.", "kundendaten")]
    public void Negation_covers_the_rest_of_its_clause(string language, string text, string covered)
    {
        var sentence = Packs.OneSentence(language, text);
        var index = sentence.Tokens.ToList().FindIndex(t => t.Lower == covered);
        index.ShouldBeGreaterThanOrEqualTo(0);
        sentence.IsNegated(index).ShouldBeTrue();
    }

    [Theory]
    [InlineData("fr", "Nous pourrions partager vos données avec des partenaires.", CueKind.Modal)]
    [InlineData("fr", "Nous répondons généralement vite.", CueKind.Hedge)]
    [InlineData("fr", "Le service est toujours disponible.", CueKind.Absolute)]
    [InlineData("es", "Podríamos compartir sus datos.", CueKind.Modal)]
    [InlineData("es", "Normalmente respondemos rápido.", CueKind.Hedge)]
    [InlineData("es", "El servicio está siempre disponible.", CueKind.Absolute)]
    [InlineData("pt", "Poderíamos partilhar os seus dados.", CueKind.Modal)]
    [InlineData("pt", "Geralmente respondemos rápido.", CueKind.Hedge)]
    [InlineData("pt", "O serviço está sempre disponível.", CueKind.Absolute)]
    [InlineData("de", "Wir könnten Ihre Daten weitergeben.", CueKind.Modal)]
    [InlineData("de", "Wir antworten normalerweise schnell.", CueKind.Hedge)]
    [InlineData("de", "Der Dienst ist immer verfügbar.", CueKind.Absolute)]
    public void Modal_hedge_and_absolute_cues_are_found(string language, string text, CueKind kind) =>
        Packs.OneSentence(language, text).Has(kind).ShouldBeTrue();

    [Theory]
    [InlineData("fr", "Nous répondons à chaque demande d'assistance sous 72 heures.")]
    [InlineData("es", "Respondemos a cada solicitud de asistencia en un plazo de 72 horas.")]
    [InlineData("pt", "Respondemos a cada pedido de assistência em até 72 horas.")]
    [InlineData("de", "Wir beantworten jede Support-Anfrage innerhalb von 72 Stunden.")]
    public void A_longer_promise_contradicts_the_commitment(string language, string text) =>
        IdsIn(language, text).ShouldBe(["NL1001"]);

    [Theory]
    [InlineData("fr", "Nous répondons à chaque demande d'assistance sous 12 heures.")]
    [InlineData("es", "Respondemos a cada solicitud de asistencia en un plazo de 12 horas.")]
    [InlineData("pt", "Respondemos a cada pedido de assistência em até 12 horas.")]
    [InlineData("de", "Wir beantworten jede Support-Anfrage innerhalb von 12 Stunden.")]
    public void A_shorter_promise_keeps_the_commitment(string language, string text) =>
        IdsIn(language, text).ShouldBeEmpty();

    [Theory]
    [InlineData("fr", "Nous pourrions vendre vos données personnelles à des annonceurs.")]
    [InlineData("es", "Podríamos vender sus datos personales a anunciantes.")]
    [InlineData("pt", "Poderíamos vender os seus dados pessoais a anunciantes.")]
    [InlineData("de", "Wir könnten Ihre Kundendaten an Werbepartner verkaufen.")]
    public void Affirming_a_forbidden_act_contradicts_a_never_commitment(string language, string text) =>
        IdsIn(language, text).ShouldBe(["NL1003"]);

    [Theory]
    [InlineData("fr", "Nous ne vendons jamais vos données personnelles.")]
    [InlineData("es", "Nunca vendemos sus datos personales.")]
    [InlineData("pt", "Nunca vendemos os seus dados pessoais.")]
    [InlineData("de", "Wir verkaufen Ihre Kundendaten niemals.")]
    public void Negating_a_forbidden_act_keeps_a_never_commitment(string language, string text) =>
        IdsIn(language, text).ShouldBeEmpty();

    [Theory]
    [InlineData("fr", "Le service sera disponible le 30 juin 2026.", 2026, 6, 30)]
    [InlineData("es", "El servicio estará disponible el 30 de junio de 2026.", 2026, 6, 30)]
    [InlineData("pt", "O serviço estará disponível a 30 de junho de 2026.", 2026, 6, 30)]
    [InlineData("de", "Der Dienst ist ab dem 30. Juni 2026 verfügbar.", 2026, 6, 30)]
    public void Dates_name_day_month_and_year(string language, string text, int year, int month, int day) =>
        Packs.Single(language, text, QuantityKind.Date).Date.ShouldBe(new DateOnly(year, month, day));

    [Fact]
    public void German_capitals_do_not_mark_names()
    {
        Packs.For("de").IsName("Kunden").ShouldBeFalse();
        Packs.For("fr").IsName("Velocell").ShouldBeTrue();
    }

    [Theory]
    [InlineData("fr", "Nous répondons à toutes les demandes de nos clients et nous ne vendons pas leurs données.")]
    [InlineData("es", "Respondemos a todas las solicitudes de nuestros clientes y no vendemos sus datos.")]
    [InlineData("pt", "Respondemos a todos os pedidos dos nossos clientes e não vendemos os seus dados.")]
    [InlineData("de", "Wir beantworten alle Anfragen unserer Kunden und wir verkaufen nicht ihre Daten.")]
    public void Text_in_the_language_is_detected_as_it(string language, string text) =>
        LanguagePacks.Default.Detect(text).ShouldBe(language);
}
