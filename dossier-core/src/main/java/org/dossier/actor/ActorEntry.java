package org.dossier.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One actor of the dictionary: its primary phrase (e.g. {@code SERGEY_LAVROV}) and its codes over time.
 *
 * @param source the dictionary file it came from, for provenance
 */
public record ActorEntry(int id, String phrase, List<CodeSpan> codes, String source) {

  public ActorEntry {
    codes = List.copyOf(codes);
  }

  /**
   * The code valid on {@code date}: among the valid ones the most recently started, an undated code otherwise.
   */
  public Optional<CodeSpan> codeOn(LocalDate date) {
    Optional<CodeSpan> dated = codes.stream().filter(CodeSpan::dated).filter(c -> c.validOn(date))
        .max(Comparator.comparing(c -> c.from() == null ? LocalDate.MIN : c.from()));
    if (dated.isPresent()) {
      return dated;
    }
    return codes.stream().filter(c -> !c.dated()).findFirst();
  }

  /** The dated code that ended most recently before {@code date}: an ex-official's last office. */
  public Optional<CodeSpan> lastBefore(LocalDate date) {
    if (date == null) {
      return Optional.empty();
    }
    return codes.stream().filter(c -> c.to() != null && c.to().isBefore(date)).max(Comparator.comparing(CodeSpan::to));
  }

  /**
   * True when a code is a bare country code such as {@code RUS}: a country or a place in it, not a person or a
   * body. (Countries may also carry historical codes, as Ukraine's {@code USRUKR} before 1991.)
   */
  public boolean isCountry() {
    return codes.stream().anyMatch(c -> ActorCodes.isCountry(c.code()));
  }

  /** True for an entry of a built-in file of bodies (outlets, organisations, armed groups): never a person. */
  public boolean isBody() {
    return ActorDictionary.BODY_FILES.contains(source);
  }

  /** The primary phrase as words: {@code SERGEY_LAVROV_} gives Sergey, Lavrov (upper case). */
  public List<String> words() {
    return TabariPhrase.words(phrase);
  }
}
