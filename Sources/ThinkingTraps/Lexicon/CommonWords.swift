/// Words that occur in nearly every paragraph of prose. `RequiredWords` avoids them when it
/// picks the words a rule cannot match without: "leave" rules out far more paragraphs than
/// "he" or "will". The list only steers that choice; whatever it holds, results are the same.
enum CommonWords {
    static let all: [String] = [
        "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "it", "its", "they", "them", "their", "this", "that", "these", "those", "there", "here",
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "because", "as", "at", "by", "for",
        "from", "in", "into", "of", "on", "off", "out", "over", "to", "up", "down", "with", "about",
        "after", "before", "again", "all", "any", "some", "no", "not", "never", "just", "really",
        "very", "still", "even", "only", "also", "too", "be", "is", "am", "are", "was", "were",
        "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "can", "could",
        "shall", "should", "may", "might", "must", "get", "got", "go", "going", "went", "know",
        "think", "thought", "feel", "felt", "said", "say", "like", "what", "when", "how", "why",
        "who", "where", "now", "today", "one", "more", "much", "time", "day", "make", "made", "want",
        "wanted", "need", "back", "way", "thing", "things", "everything", "something", "other",
        "last", "next", "while", "though", "okay", "good", "fine", "well",
    ]
}
