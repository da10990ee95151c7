/**
 * An ExcelGateway over office-addin-mock (Microsoft's mock of the Office.js object model), counting syncs,
 * for the tests that drive the gateway with it. Each test file mocks office-addin-manifest itself (see
 * officeMock.test.ts): a jest.mock is the file's own.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelGateway } from "../../src/excel/gateway";
import type { ExcelRunner } from "../../src/excel/gateway";
import { ALL_FEATURES } from "../../src/excel/features";
import { MemoryRegistry } from "../../src/excel/registry";

export type Mock = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The mock of `data` as `context`, a gateway running on it (`requestLimit` as Excel's payload limit), the syncs
 * counted, a hook run before each sync, and the options each Excel.run was given.
 */
export function excelMock(
  data: Record<string, unknown>,
  requestLimit?: number,
): {
  mock: Mock;
  syncs: () => number;
  onSync: (f: () => void) => void;
  runOptions: (Excel.RunOptions | undefined)[];
  gateway: ExcelGateway;
} {
  const mock = new OfficeMockObject({
    context: data,
    run: async function (this: Mock, batch: (c: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  }) as Mock;
  let n = 0;
  let hook = () => undefined as void;
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = () => {
    n++;
    hook();
    return sync();
  };
  const runOptions: (Excel.RunOptions | undefined)[] = [];
  const run: ExcelRunner = (batch, options) => {
    runOptions.push(options);
    return mock.run(batch);
  };
  return {
    mock,
    syncs: () => n,
    onSync: (f) => (hook = f),
    runOptions,
    gateway: new ExcelGateway({ run, features: ALL_FEATURES, registry: new MemoryRegistry(), requestLimit }),
  };
}
