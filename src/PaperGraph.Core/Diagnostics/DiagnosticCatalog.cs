namespace PaperGraph.Diagnostics;

/// <summary>
/// Every diagnostic PaperGraph reports. Ranges by stage: PG0xxx the command line (usage errors, exit code 2),
/// PG1xxx input and corpus, PG2xxx lexicons, PG3xxx extraction, PG4xxx graph files and queries, PG5xxx exports and
/// Neo4j, PG9xxx internal errors (a bug, never bad input). Listed in docs/diagnostics.md (a test compares each
/// severity, title and message with it).
/// </summary>
public static class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownKind = new(
        "PG0001", "Unknown kind", "Unknown kind '{0}' in {1}; use {2}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownExportFormat = new(
        "PG0002", "Unknown export format", "Unknown format '{0}'; use {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DirectoryFormatToStandardOutput = new(
        "PG0003", "Folder format without a folder", "{0} writes a directory; give one with -o", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GraphGivenToEval = new(
        "PG0004", "Graph file given to eval", "'{0}' is a graph file; eval scores the extractor on the corpus itself, so give the corpus the graph was built from (for example: seeds)", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoCorpusToEvaluate = new(
        "PG0005", "No corpus to evaluate", "eval needs the corpus the gold papers come from (for example: seeds)", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidOptionValue = new(
        "PG0006", "Invalid option value", "{0} must be {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownRole = new(
        "PG0007", "Unknown role", "Unknown role '{0}'; use proposed or used", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GraphAndInputs = new(
        "PG0008", "Two graph sources", "Give either --graph FILE or --input PATH, not both", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoGraph = new(
        "PG0009", "No graph", "This command needs a graph: --graph FILE (from 'papergraph build'), --input PATH, or a {0} in this folder", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InputNotFound = new(
        "PG1001", "Input not found", "No file, directory or glob match for '{0}'", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EmptyInput = new(
        "PG1002", "Empty input", "The file is empty or holds no papers", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TitleWithoutAbstract = new(
        "PG1003", "Title without abstract", "The title '{0}' has no abstract line after it", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidJsonLine = new(
        "PG1004", "Invalid JSON line", "The line is not a valid JSON object: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingField = new(
        "PG1005", "Missing field", "The record has no non-empty '{0}' field", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UndecodableBytes = new(
        "PG1006", "Undecodable bytes", "The line is not valid UTF-8 and was skipped; the lines around it were read", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownFormat = new(
        "PG1007", "Unknown input format", "Cannot tell the input format of the file; use --input-format seed|arxiv|jsonl", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoDateLine = new(
        "PG1008", "Seed page without date line", "The seed page has no date line (like 'Jul 30') before its first paper", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnreadableFile = new(
        "PG1009", "Unreadable file", "The file cannot be read: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicatePaper = new(
        "PG1010", "Same paper listed again", "'{0}' is listed again; its dates and sources are merged", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor ControlCharactersRemoved = new(
        "PG1011", "Control characters removed", "{0} control character(s) (the first U+{1}) were removed from the {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TextTooLong = new(
        "PG1012", "Text too long", "The {0} has {1} characters; only the first {2} are read", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "PG1013", "File not in UTF-8", "The file is in {0}, not UTF-8; {2}. Re-encode it as UTF-8 (e.g. iconv -f {1} -t UTF-8)", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UndecodableValue = new(
        "PG1014", "Undecodable value", "The '{0}' field cannot be decoded ({1}); the record was skipped", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LineTooLong = new(
        "PG1015", "Line too long", "The line is longer than {0} MiB and was skipped", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EmptyDirectory = new(
        "PG1016", "Directory without corpus files", "The directory holds no corpus files (.txt, .jsonl, .ndjson or .json, or any of them gzipped)", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoPapersFound = new(
        "PG1017", "No papers found", "No papers found in {0}; nothing was written", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidLexicon = new(
        "PG2001", "Invalid lexicon", "The lexicon cannot be read: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LexiconEntryInvalid = new(
        "PG2002", "Invalid lexicon entry", "Lexicon entry '{0}' is invalid: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownParent = new(
        "PG2003", "Unknown parent", "Entry '{0}' names parent '{1}', which is not in the lexicon", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidCurationFile = new(
        "PG2101", "Invalid curation file", "The curation file cannot be read: {0}; nothing was built", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownCurationDecision = new(
        "PG2102", "Unknown curation decision", "Unknown decision '{0}'; use {1}; the line was skipped", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidCurationDecision = new(
        "PG2103", "Invalid curation decision", "The {0} decision is not in its form: {1}; the line was skipped", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CurationUnknownEntity = new(
        "PG2104", "Curation names an unknown entity", "The {0} decision names '{1}', which is no entity of the graph{2}; the decision was skipped", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CurationAmbiguousEntity = new(
        "PG2105", "Curation names several entities", "The {0} decision names '{1}', which is several entities ({2}); give a kind, e.g. method:{1}; the decision was skipped", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConflictingCurationDecision = new(
        "PG2106", "Conflicting curation decision", "The {0} decision cannot be applied: {1}; the decision was skipped", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AmbiguousAcronym = new(
        "PG3001", "Ambiguous acronym left unbound", "'{0}' could mean {1}; the paper does not define it, so it is left out", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidModelFile = new(
        "PG3101", "Invalid model file", "The model file cannot be read: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedModelVersion = new(
        "PG3102", "Unsupported model file version", "The model file has format version {0}; this PaperGraph reads version {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoTrainingPapers = new(
        "PG3103", "No annotated papers to train on", "None of the annotated papers ({0}) was found in the inputs, by title", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidGraphFile = new(
        "PG4001", "Invalid graph file", "The graph file cannot be read: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedGraphVersion = new(
        "PG4002", "Unsupported graph file version", "The graph file has format version {0}; this PaperGraph reads version {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownEntity = new(
        "PG4003", "Unknown entity", "No entity is named '{0}'{1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AmbiguousEntity = new(
        "PG4004", "Ambiguous entity name", "'{0}' names several entities ({1}); pick one with --kind", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidGoldFile = new(
        "PG4005", "Invalid gold file", "The gold annotation file cannot be read: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor HomonymEntity = new(
        "PG4006", "Name of several proposed methods", "'{0}' names several entities ({1}); different papers propose them, so give the full name", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GraphTooSmallToMeasure = new(
        "PG4007", "Graph too small to measure", "The graph has fewer than two entities", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GoldPapersNotFound = new(
        "PG4008", "Gold papers not in the inputs", "{0} gold papers were not found in the inputs (first: '{1}')", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor OutputNotWritable = new(
        "PG5001", "Output not writable", "Cannot write '{0}': {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PushFailed = new(
        "PG5002", "Neo4j push stopped", "Batch {0} of {1} ({2}) failed: {3}; the batches before it are committed, and a re-run is idempotent", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor Neo4jAuthenticationFailed = new(
        "PG5003", "Neo4j authentication failed", "Neo4j refused the credentials of {0}: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor Neo4jPasswordMissing = new(
        "PG5004", "No Neo4j password", "Set NEO4J_PASSWORD (the password is never taken from the command line)", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownMergeCandidate = new(
        "PG4020", "Unknown merge candidate", "There is no merge candidate {0} in this listing (it has {1}); nothing was written to '{2}'", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EmbeddingsUnavailable = new(
        "PG4021", "Sentence embeddings unavailable", "The sentence embedding model could not be loaded ({0}); merge candidates are listed without the 'same meaning' ones", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PaperToRemoveNotInGraph = new(
        "PG1030", "Paper to remove not in the graph", "'{0}' is not a paper of the graph; nothing was removed for it", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor GraphWithoutReplayLog = new(
        "PG4030", "Graph cannot be updated", "The graph has no replay log (it was saved by an older PaperGraph, or not built from papers); build it once from its inputs, and later builds can update it", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReplayLexiconMismatch = new(
        "PG4031", "Graph built with other lexicons", "The graph was built with lexicon files this build does not have ({0}); pass the --lexicon files it was built with", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CurationNotReapplied = new(
        "PG4032", "Curation not applied again", "The graph was built with {0} curation decision(s) and this build applies none; pass --curation FILE to keep them", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = new(
        "PG9001", "Internal error", "internal error PG9001, please report: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor Neo4jClearTextRefused = new(
        "PG5005", "Clear-text password refused", "Refusing to send the password unencrypted to {0}: use https://, or --insecure if the network is trusted", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor Neo4jCredentialsInUri = new(
        "PG5006", "Credentials in the URI", "The --uri holds user information ('{0}@'); a password there would be echoed in messages and shell history: use --user and NEO4J_PASSWORD", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor Neo4jUnreachable = new(
        "PG5007", "Neo4j unreachable", "Cannot reach Neo4j at {0}: is it running? ({1}; tried {2} times); nothing was sent", DiagnosticSeverity.Error);

    /// <summary>Every descriptor, in id order; docs/diagnostics.md lists the same ids (a test checks).</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCatalog)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .ToArray();
}
