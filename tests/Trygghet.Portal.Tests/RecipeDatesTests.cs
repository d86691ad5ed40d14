using System.Text.Json;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Portal.Tests;

/// <summary>How a recipe written for one day moves to the day of setup (RecipeDates, docs/adr/0020).</summary>
public sealed class RecipeDatesTests
{
    private static readonly DateOnly WrittenFor = new(2026, 12, 1);

    [Theory]
    [InlineData("2026-12-01", 0, 0)]
    [InlineData("2026-12-04", 0, 0)] // three days on: the nearest whole week is none
    [InlineData("2026-12-05", 7, 0)] // four days on: one
    [InlineData("2027-03-01", 91, 1)]
    [InlineData("2029-07-01", 945, 3)]
    [InlineData("2025-06-15", -532, -1)]
    public void MovesByWholeWeeks_AndNamedYearsWithTheDay(string today, int days, int years)
    {
        var dates = RecipeDates.For(WrittenFor, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((days, years), (dates.Days, dates.Years));
        Assert.Equal(0, dates.Days % 7);
    }

    [Fact]
    public void Text_DatesMoveByDays_YearsByYears_LawNumbersStay()
    {
        var dates = RecipeDates.For(WrittenFor, new DateOnly(2027, 3, 1));

        Assert.Equal("2026-06-11T13:00:00", dates.ShiftText("2026-03-12T13:00:00"));
        Assert.Equal("Trygghetsrådet 2026-04-21 § 3", dates.ShiftText("Trygghetsrådet 2026-01-20 § 3"));
        Assert.Equal("KS 2027-0107, linkoping-2027, åtgärdsplanen 2027–2028", dates.ShiftText("KS 2026-0107, linkoping-2026, åtgärdsplanen 2026–2027"));
        Assert.Equal("Lag (2023:196) om kommuners ansvar", dates.ShiftText("Lag (2023:196) om kommuners ansvar"));
        Assert.Equal("1 000 invånare, 12345, ab2026cd", dates.ShiftText("1 000 invånare, 12345, ab2026cd"));
    }

    [Fact]
    public void StepData_YearsAndDatesMove_ImageBytesDoNot()
    {
        var dates = RecipeDates.For(WrittenFor, new DateOnly(2029, 7, 1));
        var step = JsonDocument.Parse("""
            { "slug": "lagesbild-2025", "values": [ { "year": 2025, "value": 12.5 } ], "from": "2025-01-01",
              "files": [ { "base64": "QUJD2026", "fileName": "bild-2026.png" } ] }
            """).RootElement;

        var moved = dates.Shift(step);

        Assert.Equal("lagesbild-2028", moved.GetProperty("slug").GetString());
        Assert.Equal(2028, moved.GetProperty("values")[0].GetProperty("year").GetInt32());
        Assert.Equal(12.5, moved.GetProperty("values")[0].GetProperty("value").GetDouble());
        Assert.Equal("2027-08-04", moved.GetProperty("from").GetString());
        Assert.Equal("QUJD2026", moved.GetProperty("files")[0].GetProperty("base64").GetString());
        Assert.Equal("bild-2029.png", moved.GetProperty("files")[0].GetProperty("fileName").GetString());
    }
}
