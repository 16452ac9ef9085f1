import { NextResponse } from 'next/server';
import type { ParamProblem } from './params';

/** The 400 answer to bad search parameters, naming each parameter and why: one shape for every endpoint. */
export function invalidParamsResponse(problems: ParamProblem[]): NextResponse {
  return NextResponse.json(
    { error: 'invalid search parameters', problems: problems.map(({ param, message }) => ({ param, message })) },
    { status: 400 },
  );
}
