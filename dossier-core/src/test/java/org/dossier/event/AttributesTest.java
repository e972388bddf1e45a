package org.dossier.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.actor.ActorDictionary;
import org.dossier.model.Event;
import org.junit.jupiter.api.Test;

/** Demands, certainty, evidence, place, quantity and merging, on hand-parsed sentences. */
class AttributesTest {
  private static final Sieve PROPOSAL = new TriggerProposal(Lexicon.builtIn(), ActorDictionary.builtIn());
  private static final Sieve[] RULES = {PROPOSAL, new Arguments(), new Modality(), new TypeRules(Plover.facts())};

  @Test
  void anObligationInsideAStatementIsTheSpeakersDemand() {
    List<Candidate> c = Parsed.of("Biden/NNP said/VBD/say Russia/NNP must/MD leave/VB ./.",
            "nsubj 2 1, root 0 2, nsubj 5 3, aux 5 4, ccomp 2 5, punct 2 6")
        .entity("Biden", "PERSON", "USAGOV", "USA").entity("Russia", "COUNTRY", "RUS", "RUS")
        .statement("Biden", "Russia must leave").run(new DemandProposal(), new Certainty());
    assertThat(c).hasSize(1);
    assertThat(c.get(0).type()).isEqualTo("REQUEST");
    assertThat(c.get(0).source().actor() + " -> " + c.get(0).target().actor()).isEqualTo("USAGOV -> RUS");
    assertThat(c.get(0).certainty()).isEqualTo("reported");
    assertThat(c.get(0).statement()).isEqualTo("s1");
  }

  @Test
  void aHedgedEventIsAlleged() {
    List<Candidate> c = Parsed.of("Russia/NNP reportedly/RB attacked/VBD/attack Ukraine/NNP ./.",
            "nsubj 3 1, advmod 3 2, root 0 3, obj 3 4, punct 3 5")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR")
        .run(PROPOSAL, new Arguments(), new Modality(), new TypeRules(Plover.facts()), new Certainty());
    assertThat(c).extracting(Candidate::certainty).containsExactly("alleged");
  }

  @Test
  void evidencePlaceAndQuantityComeFromTheClause() {
    Parsed p = Parsed.of("Russia/NNP said/VBD/say that/IN it/PRP sent/VBD/send 500/CD troops/NNS/troop to/IN Minsk/NNP ./.",
            "nsubj 2 1, root 0 2, mark 5 3, nsubj 5 4, ccomp 2 5, nummod 7 6, obj 5 7, case 9 8, obl 5 9, punct 2 10")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Minsk", "LOCATION", null, "BLR");
    List<Candidate> c = p.run(PROPOSAL, new Arguments(), new Evidence(), new Where(Plover.facts()), new Quantity());
    Candidate k = c.stream().filter(x -> x.type().equals("MOBILIZE")).findFirst().orElseThrow();
    assertThat(k.evidence().text()).isEqualTo("it sent 500 troops to Minsk");
    assertThat(k.where()).extracting(Event.Where::name, Event.Where::country).containsExactly("Minsk", "BLR");
    assertThat(k.where().lat()).isNotNull();
    assertThat(k.quantity()).isEqualTo(new Event.Quantity(500L, 500L, "troops"));
  }

  @Test
  void theSameActOfTheSameActorsIsOneEvent() {
    Parsed p = Parsed.of("Russia/NNP attacked/VBD/attack and/CC attacked/VBD/attack Ukraine/NNP ./.",
            "nsubj 2 1, root 0 2, cc 4 3, conj 2 4, obj 4 5, punct 2 6")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Ukraine", "COUNTRY", "UKR", "UKR");
    List<Candidate> all = p.run(PROPOSAL, new Arguments(), new Modality(), new TypeRules(Plover.facts()), new Evidence());
    assertThat(all).hasSizeGreaterThanOrEqualTo(1);
    List<Candidate> merged = p.run(PROPOSAL, new Arguments(), new Modality(), new TypeRules(Plover.facts()),
        new Evidence(), new Merging(Plover.facts()));
    assertThat(merged).extracting(Candidate::type).containsExactly("ASSAULT");
    assertThat(merged.get(0).target().actor()).isEqualTo("UKR");
  }

  @Test
  void anAttackInAPlaceWithNoOneElseNamedIsAnAttackOnItsCountry() {
    Parsed p = Parsed.of("Russia/NNP attacked/VBD/attack in/IN Kharkiv/NNP ./.",
            "nsubj 2 1, root 0 2, case 4 3, obl 2 4, punct 2 5")
        .entity("Russia", "COUNTRY", "RUS", "RUS").entity("Kharkiv", "LOCATION", "UKR", "UKR");
    List<Candidate> c = p.run(PROPOSAL, new Arguments(), new Modality(), new TypeRules(Plover.facts()),
        new Evidence(), new Where(Plover.facts()));
    assertThat(c).singleElement().satisfies(k -> {
      assertThat(k.type()).isEqualTo("ASSAULT");
      assertThat(k.target().name()).isEqualTo("Kharkiv");
      assertThat(k.where().name()).isEqualTo("Kharkiv");
    });
    // a meeting in a city is no meeting with the city
    Parsed met = Parsed.of("Putin/NNP met/VBD/meet Xi/NNP in/IN Beijing/NNP ./.",
            "nsubj 2 1, root 0 2, obj 2 3, case 5 4, obl 2 5, punct 2 6")
        .entity("Putin", "PERSON", "RUSGOV", "RUS").entity("Xi", "PERSON", "CHNGOV", "CHN")
        .entity("Beijing", "LOCATION", "CHN", "CHN");
    List<Candidate> m = met.run(PROPOSAL, new Arguments(), new Modality(), new TypeRules(Plover.facts()),
        new Evidence(), new Where(Plover.facts()));
    assertThat(m).singleElement().satisfies(k -> assertThat(k.target().name()).isEqualTo("Xi"));
  }

  @Test
  void aMeetingReportedFromBothSidesIsOneEvent() {
    Parsed p = Parsed.of("Putin/NNP met/VBD/meet Xi/NNP and/CC Xi/NNP met/VBD/meet Putin/NNP ./.",
            "nsubj 2 1, root 0 2, obj 2 3, cc 6 4, nsubj 6 5, conj 2 6, obj 6 7, punct 2 8")
        .entity("Putin", "PERSON", "RUSGOV", "RUS").entity("Xi", "PERSON", "CHNGOV", "CHN");
    List<Candidate> merged = p.run(PROPOSAL, new Arguments(), new Modality(), new TypeRules(Plover.facts()),
        new Evidence(), new Merging(Plover.facts()));
    assertThat(merged).extracting(k -> k.type() + " " + k.source().name() + " -> " + k.target().name())
        .containsExactly("CONSULT Putin -> Xi");
  }
}
