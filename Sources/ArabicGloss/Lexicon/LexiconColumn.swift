/// The columns a lexicon file's header may name.
public enum LexiconColumn: String, Sendable, CaseIterable {
  case arabic, pos, gloss, category, gender, plural, inflect, imperfect, form, variants
  case translit, leipzig, role

  /// The columns every lexicon file must have.
  public static let required: [LexiconColumn] = [.arabic, .pos, .gloss]
}
