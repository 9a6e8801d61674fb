using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using NewsNlp.Stance;
using NewsNlp.Stance.Fnc;
using NewsNlp.Stance.MiniLM;
using NewsNlp.Stance.Pairs;
using NewsNlp.Stance.ShortText;

// newsnlp-stance-minilm: the encoder path's two commands, kept out of the newsnlp tool (whose package stays small).
//   stance-pairs --input PAIRS.csv --output P.csv [--model M.zip]     same contract as `newsnlp stance-pairs`
//   train --emergent DIR --lexicons DIR --fnc-stances S --fnc-bodies B --output M.zip
var root = new RootCommand("Short-text stance with the all-MiniLM-L6-v2 sentence encoder (the optional encoder path of NewsNlp.Stance).");

var input = new Option<FileInfo>("--input") { Description = "Pairs CSV (id,target,text).", Required = true };
var output = new Option<FileInfo>("--output") { Description = "Predictions CSV (id,stance).", Required = true };
var model = new Option<FileInfo?>("--model") { Description = "A model trained with 'train' (default: the embedded stance-short-minilm)." };
var pairs = new Command("stance-pairs", "Stance of short texts toward claims (the ../shared/eval stance-pairs contract).") { input, output, model };
pairs.SetAction(parse =>
{
    var watch = System.Diagnostics.Stopwatch.StartNew();
    FileInfo? modelFile = parse.GetValue(model);
    ShortTextStanceModel m = modelFile is null ? MiniLmStance.Model : ShortTextStanceModel.Load(modelFile.FullName);
    var classifier = new ShortTextStanceClassifier(m, MiniLmEmbedder.Shared);
    double load = watch.Elapsed.TotalSeconds;
    IReadOnlyList<StancePairRow> rows = StancePairsCsv.Parse(File.ReadAllText(parse.GetValue(input)!.FullName));
    watch.Restart();
    IReadOnlyList<StancePrediction> predictions = classifier.ClassifyMany([.. rows.Select(r => new StancePair(r.Target, r.Text))]);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded in {load:F2} s (encoder {MiniLmEmbedder.Shared.LoadTime.TotalSeconds:F2} s); classified {rows.Count} pairs in {watch.Elapsed.TotalSeconds:F2} s"));
    using var writer = new StreamWriter(parse.GetValue(output)!.FullName, false, new UTF8Encoding(false));
    StancePairsCsv.Write(writer, [.. rows.Select(r => r.Id)], [.. predictions.Select(p => p.Label)]);
    return 0;
});
root.Subcommands.Add(pairs);

var emergent = new Option<DirectoryInfo>("--emergent") { Description = "Emergent folder; only its train split is read.", Required = true };
var lexicons = new Option<DirectoryInfo?>("--lexicons") { Description = "Lexicon folder (vader/, liu/, pattern/, wordnet/)." };
var fncStances = new Option<FileInfo?>("--fnc-stances") { Description = "FNC-1 train stances CSV." };
var fncBodies = new Option<FileInfo?>("--fnc-bodies") { Description = "FNC-1 train bodies CSV." };
var trainOutput = new Option<FileInfo>("--output") { Description = "Model zip to write.", Required = true };
var noRefit = new Option<bool>("--no-refit") { Description = "Keep the model fitted without the first cross-validation fold." };
var fncWeight = new Option<double?>("--fnc-weight") { Description = "Weight of the weak FNC-1 sentences (default: chosen by cross-validation from 0 and 0.1)." };
var disagreeWeight = new Option<double?>("--disagree-weight") { Description = "Weight of disagree examples (default: chosen by cross-validation from 1 and 2)." };
var cosineOnly = new Option<bool>("--cosine-only") { Description = "Learn from the encoder's cosine (and its bins) only, not the text's vector or the claim x text products." };
var trainCache = new Option<FileInfo?>("--cache") { Description = "File of encoder vectors kept between runs (text -> vector; only new texts are encoded)." };
var train = new Command("train", "Train stance-short-minilm on Emergent train (settings chosen by 5-fold cross-validation by claim) and weak FNC-1 sentences, with the encoder's features.")
{
    emergent, lexicons, fncStances, fncBodies, trainOutput, noRefit, fncWeight, disagreeWeight, cosineOnly, trainCache,
};
train.SetAction(parse =>
{
    DirectoryInfo dir = parse.GetValue(emergent)!;
    FileInfo? s = parse.GetValue(fncStances), b = parse.GetValue(fncBodies);
    if ((s is null) != (b is null) || (s is not null && s.Name.Contains("competition_test", StringComparison.OrdinalIgnoreCase)))
    {
        Console.Error.WriteLine("newsnlp-stance-minilm train: give FNC-1 train stances and bodies together (never the competition test).");
        return 2;
    }

    IReadOnlyList<EmergentPair> trainPairs = EmergentData.Load(dir.FullName, "train");
    IReadOnlyList<EmergentPair> test = EmergentData.Load(dir.FullName, "test");
    string[] excluded = [.. test.Select(p => p.Claim), .. test.Select(p => p.Headline)];
    FncData? fnc = s is null ? null : FncData.Load(s.FullName, b!.FullName);
    var options = new ShortTextTrainingOptions { Embedder = Embedder(parse.GetValue(trainCache)), RefitOnAll = !parse.GetValue(noRefit), EncoderVectors = !parse.GetValue(cosineOnly) };
    if (parse.GetValue(fncWeight) is double fw)
    {
        options.FncWeightGrid.Clear();
        options.FncWeightGrid.Add(fw);
    }

    if (parse.GetValue(disagreeWeight) is double dw)
    {
        options.DisagreeWeightGrid.Clear();
        options.DisagreeWeightGrid.Add(dw);
    }

    ShortTextTrainingResult result;
    using (ILoggerFactory logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true)))
    {
        result = ShortTextTrainer.Train(trainPairs, parse.GetValue(lexicons)?.FullName, fnc, excluded, options, logging.CreateLogger("train"));
    }

    FileInfo outFile = parse.GetValue(trainOutput)!;
    result.Model.Save(outFile.FullName);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outFile.FullName} ({new FileInfo(outFile.FullName).Length / 1024.0:F0} KiB): {result.Model.Description}"));
    return 0;
});
root.Subcommands.Add(train);

var cache = new Option<FileInfo?>("--cache") { Description = "File of encoder vectors kept between runs (text -> vector; only new texts are encoded)." };
var fncTrainStances = new Option<FileInfo>("--stances") { Description = "FNC-1 train stances CSV.", Required = true };
var fncTrainBodies = new Option<FileInfo>("--bodies") { Description = "FNC-1 train bodies CSV.", Required = true };
var fncOutput = new Option<FileInfo>("--output") { Description = "Model zip to write.", Required = true };
var products = new Option<bool>("--products") { Description = "Also the headline vector times the closest sentence's vector as features." };
var noRefitFnc = new Option<bool>("--no-refit") { Description = "Keep the model fitted on the train split (no refit on train + dev)." };
var trainFnc = new Command("train-fnc", "Train the FNC-1 body model with the encoder's features (stance-fnc1-minilm), settings as train-stance.")
{
    fncTrainStances, fncTrainBodies, fncOutput, products, cache, noRefitFnc,
};
trainFnc.SetAction(parse =>
{
    FileInfo s = parse.GetValue(fncTrainStances)!, b = parse.GetValue(fncTrainBodies)!;
    if (s.Name.Contains("competition_test", StringComparison.OrdinalIgnoreCase) || b.Name.Contains("competition_test", StringComparison.OrdinalIgnoreCase))
    {
        Console.Error.WriteLine("newsnlp-stance-minilm train-fnc: training reads FNC-1 train only, never the competition test.");
        return 2;
    }

    FncData data = FncData.Load(s.FullName, b.FullName);
    var options = new NewsNlp.Stance.Training.StanceTrainingOptions
    {
        Embedder = Embedder(parse.GetValue(cache)),
        EncoderProducts = parse.GetValue(products),
        RefitOnAll = !parse.GetValue(noRefitFnc),
    };
    NewsNlp.Stance.Training.StanceTrainingResult result;
    using (ILoggerFactory logging = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true)))
    {
        result = NewsNlp.Stance.Training.StanceTrainer.Train(data, options, logging.CreateLogger("train-fnc"));
    }

    FileInfo outFile = parse.GetValue(fncOutput)!;
    result.Model.Save(outFile.FullName);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outFile.FullName} ({new FileInfo(outFile.FullName).Length / 1024.0:F0} KiB): {result.Model.Description}"));
    return 0;
});
root.Subcommands.Add(trainFnc);

var fncStancesIn = new Option<FileInfo>("--stances") { Description = "FNC-1 stances CSV (Headline,Body ID[,Stance]).", Required = true };
var fncBodiesIn = new Option<FileInfo>("--bodies") { Description = "FNC-1 bodies CSV.", Required = true };
var fncPred = new Option<FileInfo>("--output") { Description = "Predictions CSV (Headline,Body ID,Stance).", Required = true };
var fncModel = new Option<FileInfo>("--model") { Description = "A model trained with train-fnc.", Required = true };
var stanceFnc = new Command("stance-fnc", "Predict FNC-1 stances with a body model trained with the encoder (same contract as `newsnlp stance-fnc`).")
{
    fncStancesIn, fncBodiesIn, fncPred, fncModel, cache,
};
stanceFnc.SetAction(parse =>
{
    FncData data = FncData.Load(parse.GetValue(fncStancesIn)!.FullName, parse.GetValue(fncBodiesIn)!.FullName);
    NewsNlp.Stance.Model.StanceModel m = NewsNlp.Stance.Model.StanceModel.Load(parse.GetValue(fncModel)!.FullName);
    var classifier = new StanceClassifier(m, Embedder(parse.GetValue(cache)));
    var watch = System.Diagnostics.Stopwatch.StartNew();
    StancePair[] list = [.. data.Stances.Select(x => new StancePair(x.Headline, data.Bodies[x.BodyId]))];
    IReadOnlyList<StancePrediction> predictions = classifier.ClassifyMany(list);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"classified {list.Length} pairs in {watch.Elapsed.TotalSeconds:F1} s"));
    using (var writer = new StreamWriter(parse.GetValue(fncPred)!.FullName, false, new UTF8Encoding(false)))
    {
        writer.Write("Headline,Body ID,Stance\n");
        for (int i = 0; i < list.Length; i++)
        {
            writer.Write(CsvTable.Escape(data.Stances[i].Headline));
            writer.Write(',');
            writer.Write(CsvTable.Escape(data.Stances[i].BodyIdText));
            writer.Write(',');
            writer.Write(predictions[i].Label.ToFncString());
            writer.Write('\n');
        }
    }

    return 0;
});
root.Subcommands.Add(stanceFnc);

var encodeFnc = new Command("encode-fnc", "Encode the headlines and body sentences of an FNC-1 stances/bodies pair of files into the --cache file (nothing else).")
{
    fncStancesIn, fncBodiesIn, cache,
};
encodeFnc.SetAction(parse =>
{
    FncData data = FncData.Load(parse.GetValue(fncStancesIn)!.FullName, parse.GetValue(fncBodiesIn)!.FullName);
    var prepared = new Dictionary<string, NewsNlp.Stance.Features.PreparedText>(StringComparer.Ordinal);
    NewsNlp.Stance.Features.PreparedText Get(string t) => prepared.TryGetValue(t, out var p) ? p : prepared[t] = StanceClassifier.Prepare(t);
    // One encoder session: meant to run beside a training run.
    using var one = new MiniLmEmbedder(1);
    NewsNlp.Stance.Features.EncoderInput.Attach(
        parse.GetValue(cache) is FileInfo f ? new NewsNlp.Stance.MiniLM.Tool.CachedEmbedder(one, f.FullName) : one,
        [.. data.Stances.Select(x => Get(x.Headline))],
        [.. data.Stances.Select(x => Get(data.Bodies[x.BodyId]))]);
    return 0;
});
root.Subcommands.Add(encodeFnc);

return root.Parse(args).Invoke();

static NewsNlp.Stance.ShortText.ITextEmbedder Embedder(FileInfo? cacheFile) =>
    cacheFile is null ? MiniLmEmbedder.Shared : new NewsNlp.Stance.MiniLM.Tool.CachedEmbedder(MiniLmEmbedder.Shared, cacheFile.FullName);
