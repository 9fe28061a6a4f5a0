package org.casebook.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostcodeCsvTest {

  @Test
  void readsTheOnsPostcodeDirectoryByItsColumnNamesAndSaysWhichLinesItSkipped() throws IOException {
    PostcodeCsv.Result r =
        PostcodeCsv.read(
            Files.newBufferedReader(Path.of("src/test/resources/postcodes-sample.csv")));
    assertTrue(r.ok());
    assertEquals(2, r.rows().size());
    assertEquals(
        new PostcodeCsv.Row("IT2 2AA", 10.01, 10.01, null),
        r.rows().get(0),
        "osward is a code, not a name: no ward column is read");
    assertEquals("IT2 2AD", r.rows().get(1).postcode(), "normalised");
    assertEquals(2, r.skipped());
    assertEquals(
        List.of("line 3: no usable latitude and longitude", "line 4: not a postcode"),
        r.problems());
  }

  @Test
  void readsACouncilsOwnListWithWards() throws IOException {
    PostcodeCsv.Result r =
        PostcodeCsv.read(
            new StringReader(
                "\uFEFFPostcode,Latitude,Longitude,Ward\nAV1 2NB,54.05,-2.0,\"Millbrook, North\"\n\n"));
    assertTrue(r.ok());
    assertEquals(
        List.of(new PostcodeCsv.Row("AV1 2NB", 54.05, -2.0, "Millbrook, North")), r.rows());
  }

  @Test
  void refusesAFileWithoutTheColumnsItNeeds() throws IOException {
    assertEquals(
        "postcodes.file.columns",
        PostcodeCsv.read(new StringReader("code,x,y\nAV1 2NB,1,2\n")).fatal());
    assertEquals("postcodes.file.empty", PostcodeCsv.read(new StringReader("")).fatal());
    assertFalse(PostcodeCsv.read(new StringReader("")).ok());
  }

  @Test
  void splitsQuotedCells() {
    assertEquals(
        List.of("a", "b, c", "say \"hi\"", ""),
        PostcodeCsv.split("a,\"b, c\",\"say \"\"hi\"\"\","));
  }
}
