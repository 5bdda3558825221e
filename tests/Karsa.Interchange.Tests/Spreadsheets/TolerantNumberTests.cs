using Karsa.Interchange.Spreadsheets.Reading;

namespace Karsa.Interchange.Tests.Spreadsheets;

public class TolerantNumberTests
{
    [Theory]
    [InlineData("1.250.000", "1250000")]
    [InlineData("1,250,000", "1250000")]
    [InlineData("Rp 1.250.000", "1250000")]
    [InlineData("1.250.000,50", "1250000.50")]
    [InlineData("1,250,000.50", "1250000.50")]
    [InlineData("12,5", "12.5")]
    [InlineData("12.5", "12.5")]
    [InlineData("1.250", "1250")]
    [InlineData("40%", "40")]
    [InlineData(" 7 ", "7")]
    [InlineData("-5", "-5")]
    public void Both_conventions_are_understood(string text, string expected)
    {
        Assert.True(TolerantNumber.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.25.0")]
    [InlineData("1,2,3")]
    [InlineData("1..2")]
    [InlineData("12,")]
    [InlineData("1.234,5.6")]
    public void Anything_else_is_not_a_number(string text) => Assert.False(TolerantNumber.TryParse(text, out _));
}
