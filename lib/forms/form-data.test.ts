import { describe, expect, it } from "vitest";
import { formDataToObject, typedValues } from "./form-data";

describe("formDataToObject", () => {
  it("drops a file input left empty, as the browser and as a server action receive it", () => {
    const form = new FormData();
    form.append("title", "Course");
    form.append("evidence", new File([], ""));
    form.append("certificate", new File([], "undefined", { type: "application/octet-stream" }));
    expect(formDataToObject(form)).toEqual({ title: "Course" });
  });

  it("keeps an empty file the person chose, so the schema can say it is empty", () => {
    const form = new FormData();
    form.append("evidence", new File([], "notes.pdf"));
    const file = formDataToObject(form).evidence as File;
    expect(file.name).toBe("notes.pdf");
    expect(file.size).toBe(0);
  });

  it("removes NUL bytes from text and keeps repeated keys as arrays", () => {
    const form = new FormData();
    form.append("title", "Ret\u0000rieval");
    form.append("ids[]", "a");
    form.append("tag", "x");
    form.append("tag", "y\u0000");
    expect(formDataToObject(form)).toEqual({ title: "Retrieval", "ids[]": ["a"], tag: ["x", "y"] });
    expect(typedValues(form).title).toBe("Retrieval");
  });
});
