using System.Collections.Immutable;
using System.Text;
using PaperGraph.Binding;
using PaperGraph.Corpus;
using PaperGraph.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Graph.Persistence;

/// <summary>
/// The records of a graph's replay log (docs/graph-format.md): each paper's extraction and each corpus diagnostic, in
/// the order the builder was given them, so an incremental build can give a new builder the same sequence without
/// reading or extracting the old inputs again.
/// </summary>
/// <remarks>
/// A paper is kept with what building reads of it and nothing more: no abstract, no categories, and only the sentences
/// its mentions and relations point into (the others are empty strings). A lexicon entry is kept as its kind and key
/// and found again in the lexicon of the incremental build.
/// </remarks>
internal static class ReplayRecords
{
    private const byte PaperTag = 1;
    private const byte DiagnosticTag = 2;

    public static void WritePaper(BinaryWriter writer, ExtractedPaper extracted)
    {
        writer.Write(PaperTag);
        var paper = extracted.Paper;
        writer.Write(paper.Id);
        writer.Write(paper.Title);
        WriteStrings(writer, paper.Dates);
        writer.Write(paper.Sources.Length);
        foreach (var source in paper.Sources)
        {
            writer.Write(source.File);
            writer.Write(source.Line);
        }
        var used = new SortedSet<int>();
        foreach (var entity in extracted.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                used.Add(mention.Sentence);
            }
        }
        foreach (var relation in extracted.Relations)
        {
            used.Add(relation.Sentence);
        }
        writer.Write(extracted.Sentences.Length);
        writer.Write(used.Count);
        foreach (var sentence in used)
        {
            writer.Write(sentence);
            writer.Write(extracted.Sentences[sentence]);
        }
        writer.Write(extracted.Entities.Length);
        foreach (var entity in extracted.Entities)
        {
            WriteEntity(writer, entity);
        }
        writer.Write(extracted.Relations.Length);
        foreach (var relation in extracted.Relations)
        {
            writer.Write((byte)relation.Kind);
            writer.Write((byte)relation.SourceKind);
            writer.Write(relation.SourceKey);
            writer.Write((byte)relation.TargetKind);
            writer.Write(relation.TargetKey);
            writer.Write((byte)relation.Field);
            writer.Write(relation.Span.Start);
            writer.Write(relation.Span.Length);
            writer.Write(relation.Text);
            writer.Write(relation.Sentence);
        }
        writer.Write(extracted.Diagnostics.Length);
        foreach (var diagnostic in extracted.Diagnostics)
        {
            WriteDiagnosticBody(writer, diagnostic);
        }
    }

    public static void WriteDiagnostic(BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write(DiagnosticTag);
        WriteDiagnosticBody(writer, diagnostic);
    }

    /// <summary>
    /// The log's items in order. A damaged record is an <see cref="InvalidDataException"/>; so is a lexicon entry the
    /// lexicon does not have, which means the graph was built with other lexicon files.
    /// </summary>
    public static IEnumerable<ExtractionItem> Read(Stream stream, EntityLexicon lexicon)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        while (true)
        {
            var tag = reader.BaseStream.ReadByte();
            switch (tag)
            {
                case -1:
                    yield break;
                case PaperTag:
                    yield return new ExtractedItem(ReadPaper(reader, lexicon));
                    break;
                case DiagnosticTag:
                    yield return new DiagnosticItem(ReadDiagnosticBody(reader));
                    break;
                default:
                    throw new InvalidDataException($"the replay log has an unknown record ({tag})");
            }
        }
    }

    private static ExtractedPaper ReadPaper(BinaryReader reader, EntityLexicon lexicon)
    {
        var id = reader.ReadString();
        var title = reader.ReadString();
        var dates = ReadStrings(reader);
        var sources = ImmutableArray.CreateBuilder<PaperSource>(Count(reader));
        for (var i = sources.Capacity; i > 0; i--)
        {
            sources.Add(new PaperSource(reader.ReadString(), reader.ReadInt32()));
        }
        var sentences = new string[Count(reader)];
        Array.Fill(sentences, "");
        for (var i = Count(reader); i > 0; i--)
        {
            var number = reader.ReadInt32();
            if ((uint)number >= (uint)sentences.Length)
            {
                throw new InvalidDataException($"the replay log of paper {id} names sentence {number} of {sentences.Length}");
            }
            sentences[number] = reader.ReadString();
        }
        var entities = ImmutableArray.CreateBuilder<BoundEntity>(Count(reader));
        for (var i = entities.Capacity; i > 0; i--)
        {
            entities.Add(ReadEntity(reader, lexicon, id));
        }
        var relations = ImmutableArray.CreateBuilder<StatedRelation>(Count(reader));
        for (var i = relations.Capacity; i > 0; i--)
        {
            relations.Add(new StatedRelation(
                Kind: ReadEnum<StatedRelationKind>(reader),
                SourceKind: ReadEnum<EntityKind>(reader),
                SourceKey: reader.ReadString(),
                TargetKind: ReadEnum<EntityKind>(reader),
                TargetKey: reader.ReadString(),
                Field: ReadEnum<DocumentField>(reader),
                Span: new TextSpan(reader.ReadInt32(), reader.ReadInt32()),
                Text: reader.ReadString(),
                Sentence: reader.ReadInt32()));
        }
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(Count(reader));
        for (var i = diagnostics.Capacity; i > 0; i--)
        {
            diagnostics.Add(ReadDiagnosticBody(reader));
        }
        var paper = new Paper(id, title, "", dates, sources.MoveToImmutable(), []);
        return new ExtractedPaper(paper, entities.MoveToImmutable(), [.. sentences], diagnostics.MoveToImmutable()) { Relations = relations.MoveToImmutable() };
    }

    private static void WriteEntity(BinaryWriter writer, BoundEntity entity)
    {
        writer.Write((byte)entity.Kind);
        writer.Write(entity.Name);
        writer.Write(entity.Key);
        WriteStrings(writer, entity.Aliases);
        WriteOptional(writer, entity.LongForm);
        writer.Write(entity.Role is { } role ? (byte)(role + 1) : (byte)0);
        writer.Write(entity.Entry is not null);
        if (entity.Entry is { } entry)
        {
            writer.Write((byte)entry.Kind);
            writer.Write(entry.Key);
        }
        writer.Write(entity.Mentions.Length);
        foreach (var mention in entity.Mentions)
        {
            writer.Write((byte)mention.Field);
            writer.Write(mention.Span.Start);
            writer.Write(mention.Span.Length);
            writer.Write(mention.Text);
            writer.Write(mention.Sentence);
            writer.Write(mention.RecognizerId);
        }
    }

    private static BoundEntity ReadEntity(BinaryReader reader, EntityLexicon lexicon, string paperId)
    {
        var kind = ReadEnum<EntityKind>(reader);
        var name = reader.ReadString();
        var key = reader.ReadString();
        var aliases = ReadStrings(reader);
        var longForm = ReadOptional(reader);
        var roleCode = reader.ReadByte();
        MethodRole? role = roleCode == 0 ? null : (MethodRole)(roleCode - 1);
        if (role is { } known && !Enum.IsDefined(known))
        {
            throw new InvalidDataException($"the replay log has an unknown method role ({roleCode})");
        }
        LexiconEntry? entry = null;
        if (reader.ReadBoolean())
        {
            var (entryKind, entryKey) = (ReadEnum<EntityKind>(reader), reader.ReadString());
            if (!lexicon.TryGet(entryKind, entryKey, out var found) || found.Key != entryKey)
            {
                throw new UnknownLexiconEntryException(entryKind, entryKey, paperId);
            }
            entry = found;
        }
        var mentions = ImmutableArray.CreateBuilder<Mention>(Count(reader));
        for (var i = mentions.Capacity; i > 0; i--)
        {
            mentions.Add(new Mention(ReadEnum<DocumentField>(reader), new TextSpan(reader.ReadInt32(), reader.ReadInt32()), reader.ReadString(), reader.ReadInt32(), reader.ReadString()));
        }
        return new BoundEntity(kind, name, key, aliases, longForm, role, mentions.MoveToImmutable(), entry);
    }

    private static void WriteDiagnosticBody(BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write(diagnostic.Id);
        var location = diagnostic.Location;
        writer.Write(location.FilePath);
        writer.Write(location.Line);
        writer.Write(location.Column);
        WriteOptional(writer, location.Field);
        writer.Write(location.Span is not null);
        if (location.Span is { } span)
        {
            writer.Write(span.Start);
            writer.Write(span.Length);
        }
        writer.Write(diagnostic.Message);
    }

    private static Diagnostic ReadDiagnosticBody(BinaryReader reader)
    {
        var id = reader.ReadString();
        var descriptor = DiagnosticCatalog.All.FirstOrDefault(d => d.Id == id) ?? new DiagnosticDescriptor(id, id, "{0}", DiagnosticSeverity.Info);
        var location = new Location(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32()) { Field = ReadOptional(reader) };
        if (reader.ReadBoolean())
        {
            location = location with { Span = new TextSpan(reader.ReadInt32(), reader.ReadInt32()) };
        }
        return new Diagnostic(descriptor, location, reader.ReadString());
    }

    private static T ReadEnum<T>(BinaryReader reader) where T : struct, Enum
    {
        var code = reader.ReadByte();
        var value = (T)Enum.ToObject(typeof(T), code);
        return Enum.IsDefined(value) ? value : throw new InvalidDataException($"the replay log has an unknown {typeof(T).Name} ({code})");
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and <= 1 << 24 ? count : throw new InvalidDataException($"the replay log has an impossible count ({count})");
    }

    private static void WriteStrings(BinaryWriter writer, ImmutableArray<string> values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static ImmutableArray<string> ReadStrings(BinaryReader reader)
    {
        var values = ImmutableArray.CreateBuilder<string>(Count(reader));
        for (var i = values.Capacity; i > 0; i--)
        {
            values.Add(reader.ReadString());
        }
        return values.MoveToImmutable();
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
