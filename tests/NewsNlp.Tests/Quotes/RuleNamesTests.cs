using System.Reflection;
using NewsNlp.Quotes;
using NewsNlp.Quotes.Speakers;

namespace NewsNlp.Tests.Quotes;

/// <summary>The names written into <c>decided_by</c> live in <see cref="RuleNames"/>, once each.</summary>
public class RuleNamesTests
{
    private static List<string> AllNames() =>
        [.. typeof(RuleNames).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void EveryRuleNameIsDistinct()
    {
        List<string> names = AllNames();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EverySpeakerRuleIsNamedInRuleNames()
    {
        List<string> names = AllNames();
        foreach (ISpeakerRule rule in SpeakerRules.Default)
        {
            Assert.Contains(rule.Name, names);
        }
    }
}
