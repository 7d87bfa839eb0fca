/// The rules that turn a set of facts into a result: which cards in which
/// order, for which reader, how many summary steps and help lines. The
/// composer applies them and lint proves its invariants on what they give;
/// both take the same value, so changing a rule changes what lint proves.
public struct CompositionRules: Sendable {
  /// The content's cards in reading order, as indexes.
  public var readingOrder: @Sendable (Content) -> [Int]
  /// The reader, from whether each fact holds.
  public var reader: @Sendable (_ holds: (String) -> Bool) -> Reader
  /// The most "now" steps a summary has.
  public var summaryLimit: Int
  /// The most help lines a card offers besides the emergency numbers.
  public var lineLimit: @Sendable (AdviceCard) -> Int
  /// The most cards a result may show: lint reports a path beyond it.
  /// The composer never cuts a result to it, because the card cut would
  /// be a safety card some invariant relies on.
  public var cardLimit: @Sendable (Content) -> Int

  public init(
    readingOrder: @escaping @Sendable (Content) -> [Int],
    reader: @escaping @Sendable (_ holds: (String) -> Bool) -> Reader,
    summaryLimit: Int,
    lineLimit: @escaping @Sendable (AdviceCard) -> Int,
    cardLimit: @escaping @Sendable (Content) -> Int
  ) {
    self.readingOrder = readingOrder
    self.reader = reader
    self.summaryLimit = summaryLimit
    self.lineLimit = lineLimit
    self.cardLimit = cardLimit
  }

  /// The product's rules:
  /// - cards by priority, ties in their order in the content;
  /// - `parent` when `asker.parent` holds, `helper` when `asker.other`
  ///   holds, else the person affected;
  /// - three summary steps;
  /// - three lines on an emergency or crisis card, two on any other (a
  ///   person under pressure reads a few; the card's roles put the most
  ///   fitting first);
  /// - at most the content's card budget (lint proves no path exceeds it).
  public static let standard = CompositionRules(
    readingOrder: { content in
      content.cards.indices.sorted { a, b in
        let pa = content.cards[a].priority, pb = content.cards[b].priority
        return pa == pb ? a < b : pa < pb
      }
    },
    reader: { holds in Reader(has: holds) },
    summaryLimit: 3,
    lineLimit: { card in card.priority.isCrisis ? 3 : 2 },
    cardLimit: { content in content.cardBudget ?? .max })

  /// The cards whose condition `holds` (by index), in `order` (the
  /// reading order): the one selection the composer shows and lint proves.
  public func select(_ order: [Int], where holds: (Int) -> Bool) -> [Int] {
    order.filter(holds)
  }
}
