/// One morpheme of an analysed word: its surface letters, what it means and its label in
/// the Leipzig gloss.
public struct Morpheme: Sendable, Hashable {
  /// The letters of the word that carry the morpheme (normalized; may be empty for a
  /// morpheme with no letters of its own, such as 3SG.M of the perfect).
  public var text: String
  /// A readable English gloss ("and", "the", "their", "president").
  public var gloss: String
  /// The Leipzig label: a category in capitals (DEF, PL, 3PL.M) or an English word
  /// for lexical morphemes (and, with, president).
  public var label: String
  /// Where the morpheme stands in the word.
  public var role: MorphemeRole

  /// A morpheme with all its fields.
  public init(text: String, gloss: String, label: String, role: MorphemeRole) {
    self.text = text
    self.gloss = gloss
    self.label = label
    self.role = role
  }
}
