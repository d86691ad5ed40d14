using Trygghet.Portal.Core.OpenData;

namespace Trygghet.Portal.Tests;

public sealed class OpenDataCsvTests
{
    private sealed record Row(string Title, decimal Amount, DateOnly Date, bool Done, string? Note);

    private static readonly OpenDataColumn<Row>[] Columns =
    [
        new("title", "Titel", r => r.Title),
        new("amount", "Belopp", r => r.Amount),
        new("date", "Datum", r => r.Date),
        new("done", "Klar", r => r.Done),
        new("note", "Notering", r => r.Note),
    ];

    [Fact]
    public void Write_QuotesWhatNeedsIt_AndUsesInvariantFormats()
    {
        var csv = OpenDataCsv.Write([new Row("Trygg, \"säker\" stad", 1.5m, new DateOnly(2026, 3, 12), true, null)], Columns);

        Assert.Equal("title,amount,date,done,note\r\n\"Trygg, \"\"säker\"\" stad\",1.5,2026-03-12,true,\r\n", csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+46 13", "'+46 13")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-1", "'-1")]
    [InlineData("Vanlig text", "Vanlig text")]
    public void Write_DefusesTextASpreadsheetWouldRunAsAFormula(string title, string expected)
    {
        var csv = OpenDataCsv.Write([new Row(title, 0, default, false, null)], Columns);

        Assert.Equal(expected, csv.Split("\r\n")[1].Split(",0,")[0]);
    }

    [Fact]
    public void Write_KeepsLineBreaksInsideAQuotedField()
    {
        var csv = OpenDataCsv.Write([new Row("rad ett\nrad två", 0, default, false, "x")], Columns);

        Assert.StartsWith("\"rad ett\nrad två\",0,", csv.Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x;=1+1;@x.se", "\"x;=1+1;@x.se\"")]
    [InlineData("a\tb", "\"a\tb\"")]
    [InlineData("\t=1+1", "\"'\t=1+1\"")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("-2+3;x", "\"'-2+3;x\"")]
    [InlineData("＝1+1", "'＝1+1")]
    public void Write_QuotesSemicolonsAndTabs_SoNoSpreadsheetSplitsAFieldIntoAFormula(string title, string expected)
    {
        var csv = OpenDataCsv.Write([new Row(title, 0, default, false, null)], Columns);

        Assert.Equal(expected, csv.Split("\r\n")[1].Split(",0,")[0]);
    }

    [Fact]
    public void Write_LeavesNumbersAsNumbers_EvenNegativeOnes()
    {
        var csv = OpenDataCsv.Write([new Row("t", -1.5m, default, false, null)], Columns);

        Assert.StartsWith("t,-1.5,", csv.Split("\r\n")[1], StringComparison.Ordinal);
    }
}
