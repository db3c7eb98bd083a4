// loader/bundle.h: the bundle format, written and read back, and refused when damaged.
#include <doctest/doctest.h>

#include <string>

#include "loader/bundle.h"
#include "loader/image.h"

namespace {

std::string sample_bundle() {
  phpovm::bundle::Writer w;
  w.add_root("/app");
  w.add_directory("/app", 0755);
  w.add_directory("/app/src", 0755);
  w.add("/app/main.php", phpovm::bundle::Kind::File, 0644, "<?php require __DIR__ . '/src/a.php';");
  w.add("/app/src/a.php", phpovm::bundle::Kind::File, 0644, "<?php echo 'a';");
  w.add("/app/data.txt", phpovm::bundle::Kind::File, 0600, std::string("bytes\0with a NUL", 16));
  w.add("/app/link", phpovm::bundle::Kind::Symlink, 0777, "src/a.php");
  w.set_entry_script("/app/main.php");
  return w.finish();
}

}  // namespace

TEST_CASE("a bundle reads back what was written, in path order") {
  std::string bytes = sample_bundle();
  CHECK(phpovm::bundle::starts_like_bundle(bytes));
  phpovm::bundle::Reader r(bytes);
  REQUIRE(r.entries().size() == 6);
  CHECK(r.entries().front().path == "/app");
  CHECK(r.entry_script().path == "/app/main.php");
  REQUIRE(r.roots().size() == 1);
  CHECK(r.roots()[0] == "/app");
  const phpovm::bundle::Entry* data = r.find("/app/data.txt");
  REQUIRE(data);
  CHECK(data->mode == 0600);
  CHECK(r.content(*data) == std::string_view("bytes\0with a NUL", 16));
  CHECK(r.content(*r.find("/app/link")) == "src/a.php");
  CHECK(r.find("/app/nope") == nullptr);
  auto children = r.children("/app");
  REQUIRE(children.size() == 4);
  CHECK(children[0]->path == "/app/data.txt");
  CHECK(children[3]->path == "/app/src");
  CHECK(r.children("/").size() == 1);
}

TEST_CASE("a launcher line may come before a bundle") {
  std::string bytes = "#!/usr/bin/env phpovm\n" + sample_bundle();
  CHECK(phpovm::bundle::starts_like_bundle(bytes));
  phpovm::bundle::Reader r(bytes);
  CHECK(r.content(*r.find("/app/src/a.php")) == "<?php echo 'a';");
}

TEST_CASE("an entry script that is not bundled is refused when writing") {
  phpovm::bundle::Writer w;
  w.add_root("/app");
  w.add("/app/a.php", phpovm::bundle::Kind::File, 0644, "<?php");
  w.set_entry_script("/app/b.php");
  CHECK_THROWS_AS(w.finish(), std::invalid_argument);
}

TEST_CASE("paths must be absolute and normal") {
  CHECK(phpovm::bundle::is_normal_path("/a/b"));
  CHECK_FALSE(phpovm::bundle::is_normal_path("a/b"));
  CHECK_FALSE(phpovm::bundle::is_normal_path("/a//b"));
  CHECK_FALSE(phpovm::bundle::is_normal_path("/a/./b"));
  CHECK_FALSE(phpovm::bundle::is_normal_path("/a/../b"));
  CHECK_FALSE(phpovm::bundle::is_normal_path("/a/"));
  CHECK_FALSE(phpovm::bundle::is_normal_path("/"));
}

TEST_CASE("every damaged header or table byte is refused; damaged contents fail their checksum") {
  const std::string good = sample_bundle();
  size_t refused = 0, content_caught = 0;
  for (size_t i = 0; i < good.size(); i++) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0x5a);
    try {
      phpovm::bundle::Reader r(bad);
      // Only the contents are outside the table's checksum: reading every one must notice.
      bool noticed = false;
      for (const auto& e : r.entries()) {
        if (e.kind == phpovm::bundle::Kind::Directory) continue;
        try {
          r.content(e);
        } catch (const phpovm::image::ImageError&) {
          noticed = true;
        }
      }
      CHECK(noticed);
      content_caught++;
    } catch (const phpovm::image::ImageError&) {
      refused++;
    } catch (const phpovm::image::VersionError&) {
      refused++;
    }
  }
  CHECK(refused > 0);
  CHECK(content_caught > 0);
  CHECK(refused + content_caught == good.size());
  for (size_t n = 0; n < good.size(); n += 7) CHECK_THROWS(phpovm::bundle::Reader(good.substr(0, n)));
}
