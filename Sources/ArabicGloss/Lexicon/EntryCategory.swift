/// What kind of name or term an entry is.
public enum EntryCategory: String, Sendable, CaseIterable {
  case person, place, organization, media, nationality, religion, weapon, event, language
  case currency
  case political, military, security, diplomatic, legal, economic, humanitarian
  case grammar, general

  /// Named entities: people, places, organizations, media, nationalities, religions, weapon
  /// systems, events, languages and currencies.
  public var isEntity: Bool {
    switch self {
    case .person, .place, .organization, .media, .nationality, .religion, .weapon, .event,
      .language, .currency:
      true
    default: false
    }
  }

  /// News terms: political, military, security, diplomatic, legal, economic, humanitarian.
  public var isTerm: Bool {
    switch self {
    case .political, .military, .security, .diplomatic, .legal, .economic, .humanitarian: true
    default: false
    }
  }
}
